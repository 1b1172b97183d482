import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { IdentifierRow } from '../../db/schema.js';
import { Identifier } from './identifier.type.js';
import { MutationsOf, Payload } from '../mutation/payload.type.js';
import { AddIdentifierInput, DeleteIdentifierInput } from './identifier.input.js';
import { addIdentifier, deleteIdentifier } from './identifier.service.js';

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

export const { Payload: IdentifierPayload, Mutations: IdentifierMutationResolver } = MutationsOf(Identifier, 'Identifier', 'identifier', {
  addIdentifier: { input: AddIdentifierInput, run: addIdentifier, description: 'Adds an identifier in another registry (e.g. a Wikidata QID) to an organisation or a person.' },
  deleteIdentifier: { input: DeleteIdentifierInput, run: deleteIdentifier, description: 'Deletes an identifier.', revertible: true },
});
