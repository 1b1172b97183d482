/** The shape every mutation answers with: the changed object, and what the user must fix. */
import { Field, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import { UserErrorCode, type UserErrorItem, type WriteResult } from '../../shared/write.js';

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
export function Payload<T extends object>(nodeType: ClassType<T>, name: string, field: string) {
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
