import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { search } from './search.service.js';
import { SearchArgs, SearchResultConnection } from './search.type.js';

@Resolver(() => SearchResultConnection)
export class SearchResolver {
  @Query(() => SearchResultConnection, {
    description: 'Organisations, people, events and agreements whose names match `query` in any language or script, best first. ' +
      'Prefixes match (`Golov`), so it serves typeahead; acronyms and handles find their organisation (`NOC RK`, `QOC`); ' +
      'Arabic words match with or without the article and one-letter prefixes (`مسلم` finds `المسلم`).',
  })
  search(@Args(() => SearchArgs) args: SearchArgs, @Ctx() ctx: Context) {
    return search(ctx, args);
  }
}
