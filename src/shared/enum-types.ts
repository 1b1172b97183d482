/**
 * The stored vocabularies (db/enums.ts) as the API names and describes them: one registration
 * each, in one place, so an enum column served by ColumnFields (which imports this) and an input
 * that takes its values both find it registered.
 */
import { registerEnumType } from 'type-graphql';
import { AffiliationKind, AgreementKind, AgreementStatus, CitationKind, Confidence, EventKind, EventStatus, NameKind, OrganizationKind, OrganizerRole, PartyRole, Role, SourceKind } from '../db/enums.js';

registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'The place of an organisation in the sports movement.',
  valuesConfig: {
    WORLD_OLYMPIC_BODY: { description: 'The International Olympic Committee and bodies at its level.' },
    NATIONAL_OLYMPIC_COMMITTEE: { description: 'A National Olympic Committee (NOC), e.g. NOC RK.' },
    WORLD_ASSOCIATION_OF_NOCS: { description: 'A world association of NOCs: ANOC.' },
    CONTINENTAL_ASSOCIATION_OF_NOCS: { description: 'A continental association of NOCs, e.g. the Olympic Council of Asia.' },
    INTERNATIONAL_FEDERATION: { description: 'An international sports federation, e.g. World Aquatics.' },
    CONTINENTAL_FEDERATION: { description: 'A continental federation of one sport, e.g. Asia Aquatics.' },
    NATIONAL_FEDERATION: { description: 'A national federation of one sport.' },
    GOVERNMENT_MINISTRY: { description: 'A government ministry responsible for sport.' },
    PROGRAMME: { description: "A programme run by another body, e.g. the IOC's Olympic Solidarity." },
    OTHER: { description: 'Any other organisation.' },
  },
});

registerEnumType(NameKind, {
  name: 'NameKind',
  description: 'What a name is to the thing it names.',
  valuesConfig: {
    OFFICIAL: { description: 'The official name in that language.' },
    SHORT: { description: 'A short name or acronym, e.g. `NOC RK`.' },
    ALIAS: { description: 'Another name in use, including how a source spells it.' },
    FORMER: { description: 'A name no longer in use (see the dates), e.g. `FINA`.' },
    TRANSLITERATION: { description: 'The name written in another script by transliteration.' },
  },
});

registerEnumType(AffiliationKind, {
  name: 'AffiliationKind',
  description: 'How one organisation is tied to another.',
  valuesConfig: {
    MEMBER_OF: { description: 'A member of the parent, e.g. an NOC of ANOC.' },
    RECOGNISED_BY: { description: 'Recognised by the parent, e.g. an NOC by the IOC.' },
    PART_OF: { description: 'A part of the parent, e.g. a programme or commission.' },
    SAME_AS: { description: 'Probably the same body recorded twice, awaiting a merge (see the citation confidence).' },
  },
});

registerEnumType(Role, {
  name: 'Role',
  description: 'The role a person holds in an organisation.',
  valuesConfig: {
    PRESIDENT: { description: 'Heads the organisation; one holder at a time.' },
    VICE_PRESIDENT: { description: 'Deputy to the president; there may be several.' },
    SECRETARY_GENERAL: { description: 'Heads the secretariat; one holder at a time.' },
    DIRECTOR_GENERAL: { description: 'Heads the executive staff.' },
    MINISTER: { description: 'Heads a government ministry.' },
    TREASURER: { description: 'Keeps the finances.' },
    MEMBER: { description: 'A member of a board, council or commission.' },
    OTHER: { description: 'Any other role: see the label.' },
  },
});

registerEnumType(EventKind, {
  name: 'EventKind',
  description: 'What kind of gathering an event is.',
  valuesConfig: {
    MEETING: { description: 'An official meeting between delegations.' },
    FORUM: { description: 'A forum or conference.' },
    GENERAL_ASSEMBLY: { description: 'A general assembly of members.' },
    CONGRESS: { description: 'A congress, e.g. of an international federation.' },
    TOUR: { description: 'A series of visits, e.g. a regional tour.' },
    COMPETITION: { description: 'A sports competition.' },
    OTHER: { description: 'Any other gathering.' },
  },
});

registerEnumType(EventStatus, {
  name: 'EventStatus',
  description: 'Whether an event has taken place.',
  valuesConfig: {
    PLANNED: { description: 'Announced, not yet held.' },
    HELD: { description: 'It took place.' },
    CANCELLED: { description: 'Called off.' },
  },
});

registerEnumType(OrganizerRole, {
  name: 'OrganizerRole',
  description: 'What part an organisation plays in putting on an event.',
  valuesConfig: {
    ORGANIZER: { description: 'Organises it.' },
    HOST: { description: 'Hosts it.' },
    SUPPORTER: { description: 'Supports it, e.g. with funding.' },
  },
});

registerEnumType(AgreementKind, {
  name: 'AgreementKind',
  description: 'The form an agreement takes.',
  valuesConfig: {
    MEMORANDUM_OF_UNDERSTANDING: { description: 'A memorandum of understanding.' },
    COOPERATION_AGREEMENT: { description: 'A cooperation agreement.' },
    PARTNERSHIP: { description: 'A partnership, formal or not yet formalised.' },
    OTHER: { description: 'Any other form.' },
  },
});

registerEnumType(AgreementStatus, {
  name: 'AgreementStatus',
  description: 'Where an agreement is in its lifecycle: DISCUSSED -> AGREED_IN_PRINCIPLE -> SIGNED -> IN_FORCE -> EXPIRED or TERMINATED.',
  valuesConfig: {
    DISCUSSED: { description: 'Talked about; nothing agreed yet.' },
    AGREED_IN_PRINCIPLE: { description: 'The parties agreed to pursue it; nothing signed.' },
    SIGNED: { description: 'Signed by the parties, not yet in force.' },
    IN_FORCE: { description: 'In effect.' },
    EXPIRED: { description: 'Ended at its term.' },
    TERMINATED: { description: 'Ended early by a party.' },
  },
});

registerEnumType(PartyRole, {
  name: 'PartyRole',
  description: 'The part an organisation plays in an agreement.',
  valuesConfig: {
    PARTY: { description: 'A party to it.' },
    SIGNATORY: { description: 'A party that signs it.' },
    FACILITATOR: { description: 'Brings the parties together without being bound.' },
    BENEFICIARY: { description: 'Benefits from it without being bound.' },
  },
});

registerEnumType(SourceKind, {
  name: 'SourceKind',
  description: 'What kind of document a source is.',
  valuesConfig: {
    NEWS_ARTICLE: { description: 'A news article or wire report.' },
    PRESS_RELEASE: { description: 'A press release from the organisation itself.' },
    OFFICIAL_WEBSITE: { description: "A page of the organisation's own website." },
    REFERENCE: { description: 'A reference work, e.g. Wikidata.' },
    RESEARCH_NOTE: { description: "The registry editors' own research notes." },
  },
});

registerEnumType(Confidence, {
  name: 'Confidence',
  description: 'How far a source can be trusted on one fact.',
  valuesConfig: {
    HIGH: { description: "Stated plainly, in a quote that occurs verbatim in the source's stored text (checked on every write), and consistent with other sources. Never an inference." },
    MEDIUM: { description: 'Reported, but not yet confirmed elsewhere, or read from an ambiguous wording.' },
    LOW: { description: 'Uncertain: one candidate reading among several, or a claim no other source confirms.' },
  },
});

registerEnumType(CitationKind, {
  name: 'CitationKind',
  description: 'Whether the source says the fact, or the fact is concluded from it.',
  valuesConfig: {
    STATED: { description: 'The source says it; the quote, when the source stores its text, gives its words and is checked against that text.' },
    INFERRED: { description: "The source does not say it: the registry's editors concluded it (from the quote, other facts or general knowledge), and the note gives the reasoning. At most MEDIUM." },
  },
});
