import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { AgreementKind, AgreementStatus } from '../../db/enums.js';
import type { AgreementRow } from '../../db/schema.js';
import { Connection } from '../../shared/connection.type.js';
import { PartialDateScalar } from '../../shared/partial-date.scalar.js';
import { Cited } from '../citation/cited.type.js';
import { Dated } from '../dated/dated.type.js';
import { Node } from '../node/node.type.js';
import { Recorded } from '../history/recorded.type.js';

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

@ObjectType({ implements: [Node, Cited, Dated, Recorded], description: 'A partnership or agreement between organisations, at some stage of its lifecycle.' })
export class Agreement extends Node
  implements Pick<AgreementRow, 'handle' | 'title' | 'kind' | 'status' | 'scope' | 'topics' | 'discussedDate' | 'signedDate' | 'startDate' | 'endDate'> {
  @Field(() => String, { description: 'A stable human-readable key, e.g. `noc-kazakhstan-qatar-cooperation`.' })
  handle!: string;

  @Field(() => String, { description: 'A descriptive English title.' })
  title!: string;

  @Field(() => AgreementKind, { description: 'The form it takes.' })
  kind!: AgreementKind;

  @Field(() => AgreementStatus, { description: 'Where it is in its lifecycle.' })
  status!: AgreementStatus;

  @Field(() => String, { nullable: true, description: 'What it covers, in English.' })
  scope!: string | null;

  @Field(() => [String], { description: 'Topics it covers, e.g. `training methods`.' })
  topics!: string[];

  @Field(() => PartialDateScalar, { nullable: true, description: 'When it was first discussed, as far as known.' })
  discussedDate!: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When it was signed; null until then.' })
  signedDate!: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When it came into force.' })
  startDate!: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When it expired or was terminated.' })
  endDate!: string | null;
}

export const AgreementConnection = Connection(Agreement, 'Agreement');
