import { inArray } from 'drizzle-orm';
import { Confidence } from '../../db/enums.js';
import { citations } from '../../db/schema.js';
import { filterOf } from '../../shared/filter.js';
import type { CitationsArgs } from './citation.type.js';

const ranked = [Confidence.LOW, Confidence.MEDIUM, Confidence.HIGH];

export function citationFilter(args: CitationsArgs) {
  const atLeast = args.minConfidence && ranked.slice(ranked.indexOf(args.minConfidence));
  return filterOf({ ...args }, [atLeast && inArray(citations.confidence, atLeast)]);
}
