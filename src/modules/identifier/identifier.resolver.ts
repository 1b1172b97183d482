import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { IdentifierRow } from '../../db/schema.js';
import { Identifier } from './identifier.type.js';

const urlTemplates: Record<string, (value: string) => string> = {
  wikidata: (value) => `https://www.wikidata.org/wiki/${encodeURIComponent(value)}`,
};

@Resolver(() => Identifier)
export class IdentifierResolver {
  @FieldResolver(() => String, { nullable: true, description: "The identifier's page in its registry, where the scheme has one." })
  url(@Root() identifier: IdentifierRow): string | null {
    return urlTemplates[identifier.scheme]?.(identifier.value) ?? null;
  }
}
