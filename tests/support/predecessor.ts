/** A president of NOC RK before Gennady Golovkin (2019 to 2024-02-26), so that "who led it in 2023?" has another answer than today's. */
import type { Db } from '../../src/db/client.js';
import { Role } from '../../src/db/enums.js';
import * as t from '../../src/db/schema.js';

export function addPredecessor(db: Db): { organizationId: number } {
  const org = db.select().from(t.organizations).all().find((o) => o.handle === 'noc-kazakhstan')!;
  const predecessor = db.insert(t.people).values({ handle: 'test-predecessor', name: 'Test Predecessor' }).returning().get();
  db.insert(t.posts).values({ personId: predecessor.id, organizationId: org.id, role: Role.PRESIDENT, startDate: '2019', endDate: '2024-02-26' }).run();
  return { organizationId: org.id };
}
