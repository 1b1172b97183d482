/**
 * Input fields declared in one line each: the GraphQL type, the description and the field rules.
 * What every optional field shares is decided here once: it is nullable in GraphQL, and the rules
 * skip it when it is left out or null.
 */
import { ArrayMaxSize, IsOptional, Length, ValidateNested } from 'class-validator';
import { Field } from 'type-graphql';
import { countryCodeHelp } from '../../shared/country-codes.js';
import { PartialDateScalar } from '../../shared/partial-date.scalar.js';
import { IsHandle, IsHttpUrl, IsLanguageTag } from './validate.js';

/** A GraphQL type as type-graphql takes it (a scalar, an enum, an input class), or `[type]` for a list of it. */
export type InputFieldType = object | [object];

/** Whether a field may be left out. */
export interface Optional {
  /** Nullable in GraphQL; left out or null, the field's rules do not run. */
  optional?: boolean;
}

/** What a field takes beyond its type and description. */
export interface InputOptions extends Optional {
  /** The shortest and longest text allowed; for a list, of each text in it. */
  length?: readonly [min: number, max: number];
  /** A further class-validator rule, e.g. `Matches(...)`. */
  rule?: PropertyDecorator;
  /** For a list: the most items allowed. */
  maxItems?: number;
  /** For an input class (or a list of them): its own rules apply too (type-graphql builds the value as an instance of the class). */
  nested?: boolean;
}

/**
 * An input field: `@Input(String, 'The short name or acronym.', { optional: true, length: [1, 40] })`.
 * Applies `@Field` and then the rules in a fixed order (length, rule, list size, nested, optional),
 * the order in which their messages are reported.
 */
export function Input(type: InputFieldType, description: string, options: InputOptions = {}): PropertyDecorator {
  const { optional = false, length, rule, maxItems, nested = false } = options;
  const list = Array.isArray(type);
  const decorators = [
    Field(() => type, optional ? { nullable: true, description } : { description }),
    length && Length(length[0], length[1], list ? { each: true } : undefined),
    rule,
    maxItems !== undefined && ArrayMaxSize(maxItems),
    nested && ValidateNested(),
    optional && IsOptional(),
  ];
  return (target, property) => {
    for (const decorator of decorators) if (decorator) decorator(target, property);
  };
}

/** A handle: lowercase words joined by hyphens, 2 to `max` characters. */
Input.handle = (description: string, max: number, options: Optional = {}) =>
  Input(String, description, { ...options, length: [2, max], rule: IsHandle() });

/**
 * A country (`what`: `Its country`) by any code `country(code:)` takes. No format rule: the write
 * looks the code up (`countryId` in rules.ts), and a code no country has, malformed or not, is one
 * BAD_USER_INPUT naming it, as in a filter.
 */
Input.countryCode = (what: string, options: Optional = {}) => Input(String, `${what}, ${countryCodeHelp}.`, options);

/** A web address with an http or https scheme. */
Input.httpUrl = (description: string, options: Optional = {}) => Input(String, description, { ...options, rule: IsHttpUrl() });

/** A BCP-47 language tag: `ar`, `en-GB`, `kk-Cyrl`. */
Input.languageTag = (description: string, options: Optional = {}) => Input(String, description, { ...options, rule: IsLanguageTag() });

/** A partial date: a year, a month or a day (`2024`, `2024-06`, `2024-06-30`). */
Input.date = (description: string, options: Optional = {}) => Input(PartialDateScalar, description, options);
