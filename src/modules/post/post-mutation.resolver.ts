import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { ApiRole } from '../../db/enums.js';
import type { PostRow } from '../../db/schema.js';
import { runWrite } from '../../shared/write.js';
import { Payload, payload, UserError } from '../mutation/payload.type.js';
import { CreatePostInput, DeletePostInput, EndPostInput, UpdatePostInput } from './post.input.js';
import { createPost, deletePost, endPost, updatePost } from './post.service.js';
import { Post } from './post.type.js';

export const PostPayload = Payload(Post, 'Post', 'post');

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
  @Mutation(() => PostPayload, { description: 'Adds a post; a single-holder role (e.g. PRESIDENT) is refused while another holder certainly overlaps. Needs an editor key.' })
  createPost(@Arg('input', () => CreatePostInput, { description: 'What to change.' }) input: CreatePostInput, @Ctx() ctx: Context) {
    return payload(runWrite(ctx, 'createPost', (w) => createPost(w, input)));
  }

  @Authorized(ApiRole.EDITOR)
  @Mutation(() => PostPayload, { description: 'Corrects a post (role, title, dates, organisation represented). Needs an editor key.' })
  updatePost(@Arg('input', () => UpdatePostInput, { description: 'What to change.' }) input: UpdatePostInput, @Ctx() ctx: Context) {
    return payload(runWrite(ctx, 'updatePost', (w) => updatePost(w, input)));
  }

  @Authorized(ApiRole.EDITOR)
  @Mutation(() => PostPayload, { description: 'Deletes a post recorded in error, with its citations; to record that someone left, use `endPost`. Needs an editor key; revertible.' })
  deletePost(@Arg('input', () => DeletePostInput, { description: 'What to change.' }) input: DeletePostInput, @Ctx() ctx: Context) {
    return payload(runWrite(ctx, 'deletePost', (w) => deletePost(w, input)));
  }

  @Authorized(ApiRole.EDITOR)
  @Mutation(() => EndPostPayload, { description: "Ends a post and, when a successor is given, starts the successor's post in the same role and organisation, in one transaction. Needs an editor key." })
  endPost(@Arg('input', () => EndPostInput, { description: 'What to change.' }) input: EndPostInput, @Ctx() ctx: Context) {
    const { result, userErrors } = runWrite(ctx, 'endPost', (w) => endPost(w, input));
    return { post: result?.post ?? null, successor: result?.successor ?? null, userErrors };
  }
}
