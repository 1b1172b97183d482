/** Field rules (class-validator decorators on the input classes) turned into user errors. */
import { IsUrl, Matches, ValidateBy, validateSync, type ValidationError } from 'class-validator';
import { canonicalLanguageTag, notALanguageTag } from '../../shared/languages.js';
import { UserErrorCode, UserFailure, type UserErrorItem } from '../../shared/write.js';
import { rulesOf } from './input.js';

/** The fields of each input class that hold a language tag, stored in canonical form (see validateInput). */
const languageTagFields = new WeakMap<Function, string[]>();

/** BCP 47 language tags, `ar`, `kk-Cyrl`, `en-GB`, as shared/languages.ts reads them; stored in canonical form (`EN-gb` as `en-GB`). */
export const IsLanguageTag = (): PropertyDecorator => (target, property) => {
  const name = String(property);
  ValidateBy({
    name: 'isLanguageTag',
    validator: { validate: (value) => typeof value === 'string' && canonicalLanguageTag(value) !== null, defaultMessage: (args) => notALanguageTag(String(args?.value)) },
  })(target, name);
  languageTagFields.set(target.constructor, [...(languageTagFields.get(target.constructor) ?? []), name]);
};

/** Handles: lowercase words joined by hyphens, e.g. `noc-kazakhstan`. */
export const IsHandle = () =>
  Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be lowercase letters and digits in words joined by hyphens, e.g. `noc-kazakhstan`' });

/** Web addresses with an explicit http or https scheme. */
export const IsHttpUrl = () => IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'must be an http or https URL' });

function flatten(errors: ValidationError[], path: string[]): UserErrorItem[] {
  return errors.flatMap((error) => [
    ...Object.values(error.constraints ?? {}).map((message) => ({
      field: [...path, error.property],
      message: `\`${error.property}\` ${message.replace(new RegExp(`^${error.property} `), '')}.`,
      code: UserErrorCode.INVALID,
    })),
    ...flatten(error.children ?? [], [...path, error.property]),
  ]);
}

/**
 * Checks an input object against its decorators; throws every problem at once as user errors.
 * An update input is checked by its create input's rules, on the fields it was given. Once it
 * passes, its language tags are put in canonical form, as they are stored.
 */
export function validateInput(input: object): void {
  const create = rulesOf.get(input.constructor);
  const checked = create ? Object.assign(Object.create(create.prototype), input) : input;
  const errors = flatten(validateSync(checked, { forbidUnknownValues: false, skipMissingProperties: Boolean(create) }), ['input']);
  if (errors.length) throw new UserFailure(errors);
  const values = input as Record<string, unknown>;
  for (const field of languageTagFields.get(create ?? input.constructor) ?? []) {
    if (typeof values[field] === 'string') values[field] = canonicalLanguageTag(values[field]);
  }
}
