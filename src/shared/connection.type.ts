/** The GraphQL side of Relay connections: page arguments, PageInfo, and a Connection per node type. */
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { OrderDirection } from './order.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type PageArgsInput } from './pagination.js';

@ArgsType()
export class PageArgs implements PageArgsInput {
  @Field(() => Int, { nullable: true, description: `Return the first n items (0 to ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when neither \`first\` nor \`last\` is given).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor (an edge `cursor` or `pageInfo.endCursor`).' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Return the last n items (0 to ${MAX_PAGE_SIZE}).` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Return items before this cursor (an edge `cursor` or `pageInfo.startCursor`).' })
  before?: string | null;
}

@ObjectType({ description: 'Where a page sits in its connection, for fetching the next or previous one.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'True when items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'The cursor of the first item on this page; null when the page is empty.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'The cursor of the last item on this page; null when the page is empty.' })
  endCursor!: string | null;
}

/** Declares `<Name>Edge` and `<Name>Connection` for a node type. */
export function Connection<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a connection, with its cursor.` })
  class Edge {
    @Field(() => String, { description: 'An opaque cursor for paginating from this item.' })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${name} itself.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items.` })
  class ConnectionType {
    @Field(() => [Edge], { description: 'The items on this page with their cursors.' })
    edges!: Edge[];

    @Field(() => [nodeType], { description: 'The items on this page, without cursors.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'How to fetch the neighbouring pages.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items match in all, across every page.' })
    totalCount!: number;
  }
  return ConnectionType;
}

/** Page arguments plus the node type's `filter` input and `orderBy` list. */
export function ConnectionArgs<F extends object, O extends { field: string; direction: OrderDirection }>(filter: ClassType<F>, order: ClassType<O>) {
  @ArgsType()
  class Args extends PageArgs {
    @Field(() => filter, { nullable: true, description: 'Only items that match this filter.' })
    filter?: F | null;

    @Field(() => [order], { nullable: true, description: 'The order of the items, key by key; the id breaks ties. Creation order by default.' })
    orderBy?: O[] | null;
  }
  return Args;
}
