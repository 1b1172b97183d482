import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { names } from '../../db/schema.js';
import type { TaggedRow } from '../../shared/node-registry.js';
import { PartialDateScalar } from '../../shared/partial-date.scalar.js';
import { MutationsOf } from '../mutation/payload.type.js';
import { AddNameInput, DeleteNameInput, UpdateNameInput } from './name.input.js';
import { addName, deleteName, localName, nameOwnerColumn, updateName } from './name.service.js';
import { NameArgs, nameList, Name } from './name.type.js';
import { Named } from './named.type.js';

type NamedRow = TaggedRow & { name: string };

const langArg = { nullable: true, description: 'A BCP 47 language tag (`ar`, `kk-Cyrl`, in any case); wins over Accept-Language. A malformed tag is refused (BAD_USER_INPUT).' } as const;
const asOfArg = { nullable: true, description: 'The name in use at this date; the query\'s `@asOf` date when omitted, else today.' } as const;

@Resolver(() => Named)
export class NamedResolver {
  @FieldResolver(() => nameList.Connection)
  names(@Root() owner: TaggedRow, @Args(() => nameList.Args) args: NameArgs, @Ctx() ctx: Context) {
    return ctx.loaders.connection(names, { by: nameOwnerColumn(owner) }, owner.id, args, nameList.selection(args, ctx));
  }

  @FieldResolver(() => String)
  name(
    @Root() owner: NamedRow,
    @Arg('lang', () => String, langArg) lang: string | null,
    @Arg('asOf', () => PartialDateScalar, asOfArg) asOf: string | null,
    @Ctx() ctx: Context,
  ): string | Promise<string> {
    // The stored English name needs no lookup (nor a promise) when the reader states no language or date.
    if (lang == null && !asOf && ctx.asOf === undefined && ctx.languages.length === 0) return owner.name;
    return localName(owner, lang, asOf, ctx).then((name) => name?.value ?? owner.name);
  }

  @FieldResolver(() => Name, { nullable: true })
  localName(
    @Root() owner: NamedRow,
    @Arg('lang', () => String, langArg) lang: string | null,
    @Arg('asOf', () => PartialDateScalar, asOfArg) asOf: string | null,
    @Ctx() ctx: Context,
  ) {
    return localName(owner, lang, asOf, ctx);
  }
}

export const { Payload: NamePayload, Mutations: NameMutationResolver } = MutationsOf(Name, {
  addName: { input: AddNameInput, run: addName, description: 'Adds a name in any language and script to an organisation, a person, an event, a country or a sport.' },
  updateName: { input: UpdateNameInput, run: updateName, description: 'Corrects a name (its spelling, language, kind, dates or note).' },
  deleteName: { input: DeleteNameInput, run: deleteName, description: 'Deletes a name and its citations.', revertible: true },
});
