import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { organizations, people, type PostRow } from '../../db/schema.js';
import { Organization } from '../organization/organization.type.js';
import { Person } from '../person/person.type.js';
import { Post } from './post.type.js';

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
