/**
 * type-graphql's resolvers, called directly. type-graphql runs every field through a wrapper that
 * builds a resolver-data object, copies the parent row into an instance of its class, converts
 * the arguments to class instances and checks them in an async function even with validation
 * off, and wraps every `resolveType` in an async function: several objects and a promise per
 * field, most of a nested query's time. With validation off and no middleware none of that
 * changes what a method receives but prototypes (no input or row class here has methods), so the
 * served schema calls the methods with the same parameters straight away. Fields guarded by
 * `@Authorized` or a middleware keep type-graphql's wrapper.
 */
import { type GraphQLFieldResolver, type GraphQLSchema, type GraphQLTypeResolver } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

type Resolve = GraphQLFieldResolver<unknown, unknown, Record<string, unknown>>;
type Storage = ReturnType<typeof getMetadataStorage>;
type Handler = Storage['queries'][number] | Storage['fieldResolvers'][number];
type Param = NonNullable<Handler['params']>[number];
type Getter = (root: any, args: Record<string, unknown>, context: any, info: unknown) => unknown;

/**
 * A field with no resolver at all: the executor reads the row's property itself. graphql-jit
 * compiles that read into the query's code, where any resolver, even graphql-js's default one,
 * costs a call through its runtime with a resolve-info object and three closures per row.
 */
export const PLAIN_FIELD: { resolve?: undefined } = Object.freeze({});

export type ResolverOverrides = Record<string, Record<string, Resolve | GraphQLTypeResolver<unknown, unknown> | typeof PLAIN_FIELD>>;

/** Direct field resolvers and type resolvers, by type name, for the types of `schema`. */
export function directResolvers(schema: GraphQLSchema, resolverClasses: readonly Function[]): ResolverOverrides {
  const storage = getMetadataStorage();
  const instances = new Map<Function, Record<string, Function>>();
  const instanceOf = (target: Function) => {
    let instance = instances.get(target);
    if (!instance) instances.set(target, (instance = new (target as new () => Record<string, Function>)()));
    return instance;
  };
  const overrides: ResolverOverrides = {};
  const add = (typeName: string, fieldName: string, resolve: Resolve | GraphQLTypeResolver<unknown, unknown> | typeof PLAIN_FIELD | undefined) => {
    if (resolve && schema.getType(typeName)) (overrides[typeName] ??= {})[fieldName] = resolve;
  };

  for (const [typeName, handlers] of [['Query', storage.queries], ['Mutation', storage.mutations]] as const) {
    for (const handler of handlers) {
      if (resolverClasses.includes(handler.target)) add(typeName, handler.schemaName, direct(handler, instanceOf(handler.target)));
    }
  }
  for (const objectType of storage.objectTypes) {
    // As type-graphql's schema generator pairs them: an interface's fields, then the type's own.
    const interfaceFields = storage.interfaceTypes.filter((it) => objectType.interfaceClasses?.includes(it.target)).flatMap((it) => it.fields ?? []);
    for (const field of [...interfaceFields, ...(objectType.fields ?? [])]) {
      const handler = storage.fieldResolvers.find(
        (it) => (it.kind === 'internal' || resolverClasses.includes(it.target)) && it.getObjectType?.() === field.target && it.methodName === field.name,
      );
      if (handler) {
        if (handler.kind === 'external') add(objectType.name, field.schemaName, direct(handler, instanceOf(handler.target)));
      } else if (!field.roles && !field.middlewares?.length) {
        // Rows and pages are plain data (getters at most), so reading the property is what graphql-js's default resolver would do.
        add(objectType.name, field.schemaName, field.name === field.schemaName ? PLAIN_FIELD : (root: any) => root[field.name]);
      }
    }
  }
  // Every resolveType here answers a type name at once (the row's tag).
  for (const abstract of [...storage.interfaceTypes, ...storage.unions]) {
    if (abstract.resolveType) add(abstract.name, '__resolveType', abstract.resolveType as GraphQLTypeResolver<unknown, unknown>);
  }
  return overrides;
}

function direct(handler: Handler, instance: Record<string, Function>): Resolve | undefined {
  if (handler.roles || handler.middlewares?.length) return undefined;
  const getters = [...(handler.params ?? [])].sort((a, b) => a.index - b.index).map(getterOf);
  if (getters.some((getter) => getter === undefined)) return undefined;
  const method = instance[handler.methodName]!;
  // Called once per field per row: no array of parameters for the usual counts.
  const [a, b, c, d] = getters as Getter[];
  switch (getters.length) {
    case 0:
      return () => method.call(instance);
    case 1:
      return (root, args, context, info) => method.call(instance, a!(root, args, context, info));
    case 2:
      return (root, args, context, info) => method.call(instance, a!(root, args, context, info), b!(root, args, context, info));
    case 3:
      return (root, args, context, info) => method.call(instance, a!(root, args, context, info), b!(root, args, context, info), c!(root, args, context, info));
    case 4:
      return (root, args, context, info) =>
        method.call(instance, a!(root, args, context, info), b!(root, args, context, info), c!(root, args, context, info), d!(root, args, context, info));
    default:
      return (root, args, context, info) => method.apply(instance, getters.map((get) => get!(root, args, context, info)));
  }
}

function getterOf(param: Param): Getter | undefined {
  switch (param.kind) {
    case 'root':
      return param.getType ? undefined : param.propertyName ? (root) => root[param.propertyName!] : (root) => root;
    case 'args':
      return (_root, args) => args;
    case 'arg':
      return (_root, args) => args[param.name];
    case 'context':
      return param.propertyName ? (_root, _args, context) => context[param.propertyName!] : (_root, _args, context) => context;
    case 'info':
      return (_root, _args, _context, info) => info;
    default:
      return undefined; // custom and pub-sub parameters keep type-graphql's wrapper
  }
}
