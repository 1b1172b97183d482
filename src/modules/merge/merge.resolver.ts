import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { ApiRole } from '../../db/enums.js';
import { runWrite } from '../../shared/write.js';
import { UserError } from '../mutation/payload.type.js';
import { Organization } from '../organization/organization.type.js';
import { Person } from '../person/person.type.js';
import { MergeOrganizationsInput, MergePeopleInput } from './merge.input.js';
import { mergeOrganizations, mergePeople } from './merge.service.js';

@ObjectType({ description: 'The result of merging two organisations.' })
class MergeOrganizationsPayload {
  @Field(() => Organization, { nullable: true, description: 'The survivor as it is after the merge; null when nothing was written.' })
  organization!: unknown;

  @Field(() => [UserError], { description: 'Empty on success; otherwise what to fix. Nothing is written when there are errors.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The result of merging two person records.' })
class MergePeoplePayload {
  @Field(() => Person, { nullable: true, description: 'The survivor as it is after the merge; null when nothing was written.' })
  person!: unknown;

  @Field(() => [UserError], { description: 'Empty on success; otherwise what to fix. Nothing is written when there are errors.' })
  userErrors!: UserError[];
}

@Resolver()
export class MergeResolver {
  @Authorized(ApiRole.ADMIN)
  @Mutation(() => MergeOrganizationsPayload, {
    description: 'Merges a duplicate organisation into another: its posts, ties, agreements, events, names, identifiers and citations move to the survivor, and its id and handle resolve to the survivor from then on. Needs an admin key.',
  })
  mergeOrganizations(@Arg('input', () => MergeOrganizationsInput, { description: 'What to change.' }) input: MergeOrganizationsInput, @Ctx() ctx: Context) {
    const written = runWrite(ctx, 'mergeOrganizations', (w) => mergeOrganizations(w, input));
    return { organization: written.result, userErrors: written.userErrors };
  }

  @Authorized(ApiRole.ADMIN)
  @Mutation(() => MergePeoplePayload, {
    description: 'Merges a duplicate person record into another: their posts, attendances, names, identifiers and citations move to the survivor, and the id and handle resolve to the survivor from then on. Needs an admin key.',
  })
  mergePeople(@Arg('input', () => MergePeopleInput, { description: 'What to change.' }) input: MergePeopleInput, @Ctx() ctx: Context) {
    const written = runWrite(ctx, 'mergePeople', (w) => mergePeople(w, input));
    return { person: written.result, userErrors: written.userErrors };
  }
}
