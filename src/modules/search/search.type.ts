import { ArgsType, Field, Float, Int, ObjectType, createUnionType, registerEnumType, type ClassType } from 'type-graphql';
import { PageInfo } from '../../shared/connection.type.js';
import { declarationOf, rowType, type TaggedRow } from '../../shared/node-registry.js';
import { objectTypeNamed } from '../../shared/object-types.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../shared/pagination.js';
import { SearchField, SearchableType } from '../../shared/search-index.js';
import { MAX_QUERY_LENGTH } from './search.service.js';

registerEnumType(SearchableType, {
  name: 'SearchableType',
  description: 'The kinds of object `search` finds.',
  valuesConfig: Object.fromEntries(Object.entries(SearchableType).map(([value, name]) => [value, { description: declarationOf(name).found! }])),
});

registerEnumType(SearchField, {
  name: 'SearchField',
  description: 'Which of an object\'s names a search result matched.',
  valuesConfig: {
    NAME: { description: "Its main name (`name`; a country's `officialName` too)." },
    TITLE: { description: 'The title of an agreement.' },
    SHORT_NAME: { description: 'Its short name or acronym, e.g. `NOC RK` (also found written together, `nocrk`).' },
    HANDLE: { description: 'Its handle, e.g. `noc-kazakhstan`.' },
    CODE: { description: "A country's IOC or ISO alpha code (`KAZ`, `KZ`) or a sport's code (`water-polo`)." },
    OTHER_NAME: { description: 'One of its stored names in any language or script (see `names`).' },
    TRANSLITERATION: { description: 'The Latin transliteration of one of its Cyrillic names; `matchedText` is the Cyrillic name.' },
  },
});

export const Searchable = createUnionType({
  name: 'Searchable',
  description: 'Anything `search` can find.',
  types: () => Object.values(SearchableType).map(objectTypeNamed) as [ClassType, ...ClassType[]],
  resolveType: (row) => (row as unknown as TaggedRow)[rowType],
});

@ObjectType({ description: 'One object found by `search`, with the name it was found by.' })
export class SearchResult {
  @Field(() => String, { description: 'An opaque cursor for paginating from this result.' })
  cursor!: string;

  @Field(() => Searchable, { description: 'The object found.' })
  node!: typeof Searchable;

  @Field(() => String, { description: 'The name that matched best, as stored (for a transliteration match, the Cyrillic name).' })
  matchedText!: string;

  @Field(() => String, { nullable: true, description: 'The language of the matched name (BCP-47), when known.' })
  matchedLang!: string | null;

  @Field(() => SearchField, { description: 'Which of its names matched.' })
  matchedField!: SearchField;

  @Field(() => Float, { description: 'Relevance (bm25; higher is better). Comparable only within one search.' })
  score!: number;
}

@ObjectType({ description: 'A page of search results, best first.' })
export class SearchResultConnection {
  @Field(() => [SearchResult], { description: 'The results on this page, best first, with what matched.' })
  edges!: SearchResult[];

  @Field(() => [Searchable], { description: 'The objects on this page, best first.' })
  nodes!: (typeof Searchable)[];

  @Field(() => PageInfo, { description: 'How to fetch the next page.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many objects match in all, across every page.' })
  totalCount!: number;
}

@ArgsType()
export class SearchArgs {
  @Field(() => String, {
    description: `What to look for (1 to ${MAX_QUERY_LENGTH} characters), in any script: every word must match the start of a word of one name, ` +
      'ignoring case, accents and Arabic letter variants; Cyrillic names also match in Latin letters (`Golov` finds `Головкин`).',
  })
  query!: string;

  @Field(() => [SearchableType], { nullable: true, description: 'Only objects of these kinds; all kinds when omitted or empty.' })
  types?: SearchableType[] | null;

  @Field(() => Int, { nullable: true, description: `Return the first n results (0 to ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when omitted).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return results after this cursor (an edge `cursor` or `pageInfo.endCursor`).' })
  after?: string | null;
}
