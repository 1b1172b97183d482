/** Inputs of the country mutations, with their field rules. */
import { Matches } from 'class-validator';
import { InputType } from 'type-graphql';
import type { CountryRow } from '../../db/schema.js';
import { Input } from '../mutation/fields.js';
import { IdInput, MergeInputOf, UpdateInputOf } from '../mutation/input.js';

/** Codes in capitals, as the IOC and ISO 3166 write them; the message shows an example. */
const TwoCapitals = (example: string) => Matches(/^[A-Z]{2}$/, { message: `must be two capital letters, e.g. \`${example}\`` });
const ThreeCapitals = (example: string) => Matches(/^[A-Z]{3}$/, { message: `must be three capital letters, e.g. \`${example}\`` });

@InputType({ description: 'A new country. It needs at least one code, and every code names one country.' })
export class CreateCountryInput implements Partial<CountryRow> {
  @Input(String, 'The three-letter code the IOC uses, in capitals, e.g. `GER`; unique.', { optional: true, rule: ThreeCapitals('GER') })
  iocCode?: string | null;

  @Input(String, 'ISO 3166-1 alpha-2 code, in capitals, e.g. `DE`; unique.', { optional: true, rule: TwoCapitals('DE') })
  iso2?: string | null;

  @Input(String, 'ISO 3166-1 alpha-3 code, in capitals, e.g. `DEU`; unique.', { optional: true, rule: ThreeCapitals('DEU') })
  iso3?: string | null;

  @Input(String, 'ISO 3166-1 numeric code, three digits with their leading zeros, e.g. `276`, `004`; unique.', { optional: true, rule: Matches(/^\d{3}$/, { message: 'must be three digits, e.g. `276` or `004`' }) })
  isoNumeric?: string | null;

  @Input(String, 'The short English name, e.g. `Germany` (1 to 200 characters).', { length: [1, 200] })
  name!: string;

  @Input(String, 'The formal English name, e.g. `Federal Republic of Germany`.', { optional: true, length: [1, 300] })
  officialName?: string | null;
}

export const UpdateCountryInput = UpdateInputOf(CreateCountryInput, {
  name: 'UpdateCountryInput',
  description: 'Changes to a country: fields left out stay as they are; null clears an optional field (one code must remain).',
  id: 'The country to change.',
});

export const DeleteCountryInput = IdInput(
  'DeleteCountryInput',
  'A country to delete.',
  'The country to delete. No organisation, person or event may be of it any more: move them or merge the country into another first.',
);

export const MergeCountriesInput = MergeInputOf('MergeCountriesInput', 'Two records of the same country: everything of the second moves to the first.', {
  survivor: 'The country that stays; it keeps its codes and fields.',
  merged: 'The duplicate. Its organisations, people, events, names and citations move to the survivor; its id and codes then lead to the survivor.',
});
