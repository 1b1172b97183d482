/**
 * type-graphql's object types, found by their GraphQL name or by their class. The GraphQL name is
 * the one to go by: a bundler may rename classes. Read when the schema is built or a module
 * declares its fields, after the class's decorators have run.
 */
import { getMetadataStorage } from 'type-graphql';

type ObjectTypeMetadata = ReturnType<typeof getMetadataStorage>['objectTypes'][number];

/** What type-graphql registered for the object type `name`. */
export function objectTypeMetadata(name: string): ObjectTypeMetadata {
  const type = getMetadataStorage().objectTypes.find((objectType) => objectType.name === name);
  if (!type) throw new Error(`no GraphQL object type is named ${name}`);
  return type;
}

/** The class type-graphql knows as the object type `name`. */
export function objectTypeNamed(name: string): Function {
  return objectTypeMetadata(name).target;
}

/** The GraphQL name of an object type's class. */
export function objectTypeNameOf(type: Function): string {
  const found = getMetadataStorage().objectTypes.find((objectType) => objectType.target === type);
  if (!found) throw new Error(`${type.name} is not a GraphQL object type`);
  return found.name;
}
