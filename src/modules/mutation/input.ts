/**
 * Inputs derived from others, so a field and its rules are declared once: an update input is its
 * create input with every field optional (left out: unchanged; null: cleared) and an `id`, checked
 * by the create input's rules; a delete input is an id.
 */
import { Field, getMetadataStorage, ID, InputType, type ClassType } from 'type-graphql';

/** The create input whose rules check each update input (see validate.ts). */
export const rulesOf = new WeakMap<Function, Function>();

export interface UpdateOptions<P extends string, O extends string> {
  /** The input type's name, e.g. `UpdateOrganizationInput`. */
  name: string;
  description: string;
  /** What the `id` field names, e.g. `The organisation to change.` */
  id: string;
  /** Only these fields of the create input (all of them when left out). */
  pick?: readonly P[];
  /** The create input's fields except these. */
  omit?: readonly O[];
  /** Where a field means more in an update than in the create input (a rule only a change can break). */
  descriptions?: Partial<Record<Exclude<P, O>, string>>;
}

/** The update input of a create input: see the file comment. */
export function UpdateInputOf<C extends object, P extends keyof C & string = keyof C & string, O extends keyof C & string = never>(
  create: ClassType<C>,
  options: UpdateOptions<P, O>,
) {
  class Update {}
  Object.defineProperty(Update, 'name', { value: options.name });
  Field(() => ID, { description: options.id })(Update.prototype, 'id');
  const keep = (field: string) => (options.pick ? options.pick.includes(field as P) : !options.omit?.includes(field as O));
  for (const field of getMetadataStorage().fields.filter((f) => f.target === create && keep(f.name))) {
    const type = () => {
      const of = field.getType(); // type-graphql learns that a field is a list only as it resolves its type
      return field.typeOptions.array ? [of] : of;
    };
    const description = options.descriptions?.[field.name as Exclude<P, O>] ?? field.description;
    Field(type as () => ClassType, { nullable: true, description })(Update.prototype, field.name);
  }
  InputType(options.name, { description: options.description })(Update);
  rulesOf.set(Update, create);
  return Update as unknown as ClassType<{ id: string } & { [K in Exclude<P, O>]?: C[K] | null }>;
}

/** An input of global ids only, each field with what it names: `DeleteOrganizationInput { id }`, `MergePeopleInput { survivorId, mergedId }`. */
function IdsInput<F extends string>(name: string, description: string, ids: Record<F, string>) {
  class Ids {}
  Object.defineProperty(Ids, 'name', { value: name });
  for (const [field, names] of Object.entries<string>(ids)) Field(() => ID, { description: names })(Ids.prototype, field);
  InputType(name, { description })(Ids);
  return Ids as ClassType<Record<F, string>>;
}

/** An input that names one record by its global id: `DeleteOrganizationInput { id }`. */
export function IdInput<F extends string = 'id'>(name: string, description: string, id: string, field: F = 'id' as F) {
  return IdsInput(name, description, { [field]: id } as Record<F, string>);
}

/** The input of a merge of two records of one type: `{ survivorId, mergedId }`. */
export function MergeInputOf(name: string, description: string, ids: { survivor: string; merged: string }) {
  return IdsInput(name, description, { survivorId: ids.survivor, mergedId: ids.merged });
}
