import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum CountSubject {
  ORGANIZATIONS = 'ORGANIZATIONS',
  PEOPLE = 'PEOPLE',
  EVENTS = 'EVENTS',
  AGREEMENTS = 'AGREEMENTS',
  POSTS = 'POSTS',
}

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
  valuesConfig: {
    ORGANIZATIONS: { description: 'Organisations: by KIND, COUNTRY or YEAR (of founding).' },
    PEOPLE: { description: 'People: by COUNTRY (of nationality).' },
    EVENTS: { description: 'Events: by KIND, COUNTRY, STATUS or YEAR (of the start date).' },
    AGREEMENTS: { description: 'Agreements: by KIND, STATUS or YEAR (of signing, or of discussion while unsigned).' },
    POSTS: { description: 'Posts people hold: by ROLE or YEAR (of taking the post).' },
  },
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
