/** The `names` column that ties a name to each kind of owner (plain data: CLIs import it too). */
import { names } from '../../db/schema.js';

export const nameOwnerColumns = { Organization: names.organizationId, Person: names.personId, Event: names.eventId } as const;
export type NameOwnerType = keyof typeof nameOwnerColumns;
