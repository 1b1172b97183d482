/** The shape every mutation answers with: the changed object, and what the user must fix. */
import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, registerEnumType, Resolver, type ClassType } from 'type-graphql';
import type { Context } from '../../context.js';
import { ApiRole } from '../../db/enums.js';
import { objectTypeNameOf } from '../../shared/object-types.js';
import { runWrite, UserErrorCode, type UserErrorItem, type Writer, type WriteResult } from '../../shared/write.js';

registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Why a mutation refused its input.',
  valuesConfig: {
    INVALID: { description: 'A value is malformed or breaks a rule; the message says what is accepted.' },
    NOT_FOUND: { description: 'An id names nothing (or something of another type).' },
    CONFLICT: { description: 'The change contradicts what is stored, e.g. a second president at the same date.' },
    NOT_ALLOWED: { description: 'The change is not allowed from the current state, e.g. skipping a lifecycle stage.' },
  },
});

@ObjectType({ description: 'A problem with the input that the caller can fix; nothing was written.' })
export class UserError implements UserErrorItem {
  @Field(() => [String], { description: 'The path to the input field at fault, e.g. `["input", "endDate"]`.' })
  field!: string[];

  @Field(() => String, { description: 'What is wrong and what would be accepted.' })
  message!: string;

  @Field(() => UserErrorCode, { description: 'A stable code for the kind of problem.' })
  code!: UserErrorCode;
}

/** Declares `<Name>Payload { <field>: T, userErrors }`. */
export function Payload<T extends object>(nodeType: ClassType<T>) {
  const name = objectTypeNameOf(nodeType);
  const field = name[0]!.toLowerCase() + name.slice(1);
  @ObjectType(`${name}Payload`, { description: `The result of a mutation on a ${name}.` })
  class PayloadType {
    @Field(() => nodeType, { name: field, nullable: true, description: `The ${name} as it is after the mutation; null when nothing was written.` })
    node!: T | null;

    @Field(() => [UserError], { description: 'Empty on success; otherwise what to fix. Nothing is written when there are errors.' })
    userErrors!: UserError[];
  }
  return PayloadType;
}

/** A write's result in payload shape. */
export function payload<T>(written: WriteResult<T>): { node: T | null; userErrors: UserErrorItem[] } {
  return { node: written.result, userErrors: written.userErrors };
}

/** One mutation of a node type: its input class, the write it runs, and what it does (for the schema). */
export interface MutationSpec {
  input: ClassType<object>;
  /** The service function that writes; it answers the row the payload shows. */
  run: (writer: Writer, input: any) => object;
  /** What the mutation does; the key it needs (and whether it can be reverted) is added. */
  description: string;
  /** Editors by default. */
  role?: ApiRole;
  /** Can be undone with `revertChange` (said in the description of deletes). */
  revertible?: true;
}

/**
 * Declares `<Name>Payload` and a resolver class with one mutation per entry, each taking its
 * `input`, running as one audited write (shared/write.ts) under an editor or admin key, and
 * answering the payload. What a module writes is its service's; the GraphQL side is this.
 */
export function MutationsOf<T extends object>(nodeType: ClassType<T>, mutations: Record<string, MutationSpec>) {
  const PayloadType = Payload(nodeType);
  @Resolver()
  class Mutations {}
  for (const [mutation, spec] of Object.entries(mutations)) {
    Object.defineProperty(Mutations.prototype, mutation, {
      value(input: object, ctx: Context) {
        return payload(runWrite(ctx, mutation, (writer) => spec.run(writer, input)));
      },
    });
    const method = Object.getOwnPropertyDescriptor(Mutations.prototype, mutation)!;
    const role = spec.role ?? ApiRole.EDITOR;
    const key = `Needs ${role === ApiRole.ADMIN ? 'an admin' : 'an editor'} key${spec.revertible ? '; revertible' : ''}.`;
    Arg('input', () => spec.input, { description: 'What to change.' })(Mutations.prototype, mutation, 0);
    Ctx()(Mutations.prototype, mutation, 1);
    Authorized(role)(Mutations.prototype, mutation, method);
    Mutation(() => PayloadType, { description: `${spec.description} ${key}` })(Mutations.prototype, mutation, method);
  }
  Object.defineProperty(Mutations, 'name', { value: `${objectTypeNameOf(nodeType)}Mutations` });
  return { Payload: PayloadType, Mutations };
}
