import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { organizations, type AffiliationRow } from '../../db/schema.js';
import { Organization } from '../organization/organization.type.js';
import { Affiliation } from './affiliation.type.js';

@Resolver(() => Affiliation)
export class AffiliationResolver {
  @FieldResolver(() => Organization, { description: 'The member: the organisation that belongs to the parent.' })
  organization(@Root() affiliation: AffiliationRow, @Ctx() ctx: Context) {
    return ctx.loaders.byId(organizations).load(affiliation.organizationId);
  }

  @FieldResolver(() => Organization, { description: 'The parent: the organisation it belongs to or is recognised by.' })
  parent(@Root() affiliation: AffiliationRow, @Ctx() ctx: Context) {
    return ctx.loaders.byId(organizations).load(affiliation.parentId);
  }
}
