import { Arg, Authorized, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { organizations, people, type PostRow } from '../../db/schema.js';
import { Organization } from '../organization/organization.type.js';
import { Person } from '../person/person.type.js';
import { Post } from './post.type.js';
import { ApiRole } from '../../db/enums.js';
import { runWrite } from '../../shared/write.js';
import { MutationsOf, Payload, UserError } from '../mutation/payload.type.js';
import { CreatePostInput, DeletePostInput, EndPostInput, UpdatePostInput } from './post.input.js';
import { createPost, deletePost, endPost, updatePost } from './post.service.js';

@Resolver(() => Post)
export class PostResolver {
  @FieldResolver(() => Person, { description: 'Who holds the post.' })
  person(@Root() post: PostRow, @Ctx() ctx: Context) {
    return ctx.loaders.byId(people).load(post.personId);
  }

  @FieldResolver(() => Organization, { description: 'The organisation the post is in.' })
  organization(@Root() post: PostRow, @Ctx() ctx: Context) {
    return ctx.loaders.byId(organizations).load(post.organizationId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation the person represents in this post, if any.' })
  onBehalfOf(@Root() post: PostRow, @Ctx() ctx: Context) {
    return post.onBehalfOfId ? ctx.loaders.byId(organizations).load(post.onBehalfOfId) : null;
  }
}

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

export const { Payload: PostPayload, Mutations: PostMutations } = MutationsOf(Post, 'Post', 'post', {
  createPost: { input: CreatePostInput, run: createPost, description: 'Adds a post; a single-holder role (e.g. PRESIDENT) is refused while another holder certainly overlaps.' },
  updatePost: { input: UpdatePostInput, run: updatePost, description: 'Corrects a post (role, title, dates, organisation represented).' },
  deletePost: { input: DeletePostInput, run: deletePost, description: 'Deletes a post recorded in error, with its citations; to record that someone left, use `endPost`.', revertible: true },
});
