import { eq } from 'drizzle-orm';
import { agreements } from '../../db/schema.js';
import { filterOf } from '../../shared/filter.js';
import type { AgreementsArgs } from './agreement.type.js';

export function agreementFilter(args: AgreementsArgs) {
  return filterOf({ ...args }, [
    args.status && eq(agreements.status, args.status),
    args.kind && eq(agreements.kind, args.kind),
  ]);
}
