import { isNotNull, isNull } from 'drizzle-orm';
import { sports } from '../../db/schema.js';
import { filterOf } from '../../shared/filter.js';
import type { SportsArgs } from './sport.type.js';

export function sportFilter(args: SportsArgs) {
  return filterOf({ ...args }, [args.topLevel != null && (args.topLevel ? isNull(sports.parentId) : isNotNull(sports.parentId))]);
}
