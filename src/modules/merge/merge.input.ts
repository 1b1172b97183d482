/** Inputs of the merge mutations: two records of one body or one person, the second merged into the first. */
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Two records of the same organisation: everything of the second moves to the first.' })
export class MergeOrganizationsInput {
  @Field(() => ID, { description: 'The organisation that stays; it keeps its handle and fields.' })
  survivorId!: string;

  @Field(() => ID, { description: 'The duplicate. Its facts and citations move to the survivor; its id and handle then resolve to the survivor.' })
  mergedId!: string;
}

@InputType({ description: 'Two records of the same person: everything of the second moves to the first.' })
export class MergePeopleInput {
  @Field(() => ID, { description: 'The person record that stays; it keeps its handle and fields.' })
  survivorId!: string;

  @Field(() => ID, { description: 'The duplicate. Its posts, names, identifiers and citations move to the survivor; its id and handle then resolve to the survivor.' })
  mergedId!: string;
}
