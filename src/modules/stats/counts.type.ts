import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { declarationOf, nodeTypeNames } from '../../shared/node-registry.js';

/** The types `counts` counts, as the registry declares them (`counted`), in its order. */
export const countedTypes = nodeTypeNames.flatMap((name) => {
  const counted = declarationOf(name).counted;
  return counted ? [{ name, ...counted }] : [];
});

/** What `counts` counts: a `CountSubject` value per counted type. */
export const CountSubject: Record<string, string> = Object.fromEntries(countedTypes.map(({ as }) => [as, as]));
export type CountSubject = string;

export enum CountDimension {
  KIND = 'KIND',
  COUNTRY = 'COUNTRY',
  STATUS = 'STATUS',
  YEAR = 'YEAR',
  ROLE = 'ROLE',
}

registerEnumType(CountSubject, {
  name: 'CountSubject',
  description: 'What `counts` counts.',
  valuesConfig: Object.fromEntries(countedTypes.map(({ as, description }) => [as, { description }])),
});

registerEnumType(CountDimension, {
  name: 'CountDimension',
  description: 'What `counts` groups by. Not every subject has every dimension: see CountSubject.',
  valuesConfig: {
    KIND: { description: 'The kind: OrganizationKind, EventKind or AgreementKind; the key is the enum value, e.g. `NATIONAL_OLYMPIC_COMMITTEE`.' },
    COUNTRY: { description: "The country (an organisation's or event's, a person's nationality); the key is the IOC code, e.g. `KAZ`." },
    STATUS: { description: 'The status: EventStatus or AgreementStatus; the key is the enum value, e.g. `AGREED_IN_PRINCIPLE`.' },
    YEAR: { description: 'The year of the subject\'s date (see CountSubject); the key is the year, e.g. `2025`, whatever part of the date is known.' },
    ROLE: { description: 'The role of a post; the key is the Role value, e.g. `PRESIDENT`.' },
  },
});

@ObjectType({ description: 'How many of the counted things share one value of the dimension.' })
export class CountBucket {
  @Field(() => String, { nullable: true, description: 'The value shared: an enum value, an IOC country code or a year; null for the things where it is unknown.' })
  key!: string | null;

  @Field(() => String, { description: 'The value in words, e.g. `Kazakhstan`, `Agreed in principle`; `Unknown` when the key is null.' })
  label!: string;

  @Field(() => Int, { description: 'How many things have this value.' })
  count!: number;
}
