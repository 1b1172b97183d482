/** Field rules (class-validator decorators on the input classes) turned into user errors. */
import { IsUrl, Matches, validateSync, type ValidationError } from 'class-validator';
import { UserErrorCode, UserFailure, type UserErrorItem } from '../../shared/write.js';
import { rulesOf } from './input.js';

/** BCP-47 language tags: `ar`, `kk-Cyrl`, `en-GB`. */
export const IsLanguageTag = () =>
  Matches(/^[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|\d{3}))?$/, { message: 'must be a BCP-47 language tag such as `ar`, `en-GB` or `kk-Cyrl`' });

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
 * An update input is checked by its create input's rules, on the fields it was given.
 */
export function validateInput(input: object): void {
  const create = rulesOf.get(input.constructor);
  const checked = create ? Object.assign(Object.create(create.prototype), input) : input;
  const errors = flatten(validateSync(checked, { forbidUnknownValues: false, skipMissingProperties: Boolean(create) }), ['input']);
  if (errors.length) throw new UserFailure(errors);
}
