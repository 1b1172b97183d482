import { Arg, Args, Authorized, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { ApiRole } from '../../db/enums.js';
import { posts, type OrganizationRow, type PostRow } from '../../db/schema.js';
import { PageArgs } from '../../shared/connection.type.js';
import { PartialDateScalar } from '../../shared/partial-date.scalar.js';
import { dateAsked } from '../../shared/point-in-time.js';
import { ConnectionsTo, RecordsAt } from '../../shared/relations.js';
import { runWrite } from '../../shared/write.js';
import { MutationsOf, UserError } from '../mutation/payload.type.js';
import { Organization } from '../organization/organization.type.js';
import { Person } from '../person/person.type.js';
import { CreatePostInput, DeletePostInput, EndPostInput, UpdatePostInput } from './post.input.js';
import { createPost, deletePost, endPost, updatePost } from './post.service.js';
import { Post, postList, leaderSelection } from './post.type.js';

export const PostRecords = RecordsAt(Post, {
  person: { by: posts.personId, description: 'Who holds the post.' },
  organization: { by: posts.organizationId, description: 'The organisation the post is in.' },
  onBehalfOf: { by: posts.onBehalfOfId, description: 'The organisation the person represents in this post, if any.' },
});

@ObjectType({ description: 'The result of ending a post: the ended post and the successor\'s new post.' })
export class EndPostPayload {
  @Field(() => Post, { nullable: true, description: 'The ended post; null when nothing was written.' })
  post!: PostRow | null;

  @Field(() => Post, { nullable: true, description: "The successor's new post; null when no successor was given or nothing was written." })
  successor!: PostRow | null;

  @Field(() => [UserError], { description: 'Empty on success; otherwise what to fix. Nothing is written when there are errors.' })
  userErrors!: UserError[];
}

@Resolver()
export class PostMutationResolver {
  @Authorized(ApiRole.EDITOR)
  @Mutation(() => EndPostPayload, { description: "Ends a post and, when a successor is given, starts the successor's post in the same role and organisation, in one transaction. Needs an editor key." })
  endPost(@Arg('input', () => EndPostInput, { description: 'What to change.' }) input: EndPostInput, @Ctx() ctx: Context) {
    const { result, userErrors } = runWrite(ctx, 'endPost', (w) => endPost(w, input));
    return { post: result?.post ?? null, successor: result?.successor ?? null, userErrors };
  }
}

export const { Payload: PostPayload, Mutations: PostMutations } = MutationsOf(Post, {
  createPost: { input: CreatePostInput, run: createPost, description: 'Adds a post; a single-holder role (e.g. PRESIDENT) is refused while another holder certainly overlaps.' },
  updatePost: { input: UpdatePostInput, run: updatePost, description: 'Corrects a post (role, title, dates, organisation represented).' },
  deletePost: { input: DeletePostInput, run: deletePost, description: 'Deletes a post recorded in error, with its citations; to record that someone left, use `endPost`.', revertible: true },
});

export const OrganizationPosts = ConnectionsTo(Organization, {
  posts: { list: postList, by: posts.organizationId, description: 'The posts in it and who holds them: `posts(role: PRESIDENT, current: true)` answers who leads it.' },
});

export const PersonPosts = ConnectionsTo(Person, {
  posts: { list: postList, description: 'The posts they hold or held.' },
});

@Resolver(() => Organization)
export class OrganizationLeadersResolver {
  @FieldResolver(() => postList.Connection, {
    description: 'Who leads it at a date: its president, secretary general, director general or minister, heads first. Posts whose dates are partial are included when they may have been held (see `inEffect`).',
  })
  leaders(
    @Root() org: OrganizationRow,
    @Args(() => PageArgs) args: PageArgs,
    @Arg('asOf', () => PartialDateScalar, { nullable: true, description: 'The date asked about; the query\'s `@asOf` date when omitted, else today.' }) asOf: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.connection(posts, { by: posts.organizationId }, org.id, args, leaderSelection(dateAsked(ctx, asOf)));
  }
}
