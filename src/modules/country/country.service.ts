import type { Db } from '../../db/client.js';
import { countryByCode } from './country.filter.js';

export function findCountryId(db: Db, code: string): number | null {
  return db.get<{ id: number } | undefined>(countryByCode(code))?.id ?? null;
}
