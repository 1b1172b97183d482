import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '../../shared/connection.type.js';

@ArgsType()
export class ChangesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only changes at or after this moment: an ISO 8601 timestamp (`2025-06-01T12:00:00Z`) or date (`2025-06-01`, read as midnight UTC).' })
  since?: string | null;
}
