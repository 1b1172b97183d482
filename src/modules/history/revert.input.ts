import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'The change to undo.' })
export class RevertChangeInput {
  @Field(() => ID, { description: 'The id of the change, from `history` or `changes`.' })
  changeId!: string;
}
