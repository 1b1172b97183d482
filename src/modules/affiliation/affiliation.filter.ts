import { eq } from 'drizzle-orm';
import { affiliations } from '../../db/schema.js';
import { filterOf } from '../../shared/filter.js';
import type { AffiliationsArgs } from './affiliation.type.js';

export function affiliationFilter(args: AffiliationsArgs) {
  return filterOf({ ...args }, [args.kind && eq(affiliations.kind, args.kind)]);
}
