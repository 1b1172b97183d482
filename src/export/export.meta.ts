/** What every export says about itself: when it was made, from which registry version, and under which licence. */
import { readFileSync } from 'node:fs';
import { projectFile } from '../paths.js';
import type { ExportFilter } from './export.scope.js';

/** The data's licence, as every export states it (the code's licence is LICENSE; the data's, LICENSE-DATA.md). */
export const DATA_LICENCE = {
  licence: 'CC-BY-4.0',
  licence_url: 'https://creativecommons.org/licenses/by/4.0/',
  attribution: 'sportsgraph contributors, the sportsgraph registry of the sports movement (CC BY 4.0). Country codes and names derived from world-countries (ODbL 1.0) and i18n-iso-countries (MIT).',
} as const;

export interface ExportMeta {
  registry: 'sportsgraph';
  exported_at: string;
  /** package.json's version and the last migration the registry's tables follow. */
  version: string;
  migration: string;
  licence: string;
  licence_url: string;
  attribution: string;
  /** The filters the export was made with; empty for the whole registry. */
  filter: ExportFilter;
}

const readJson = (path: string) => JSON.parse(readFileSync(projectFile(path), 'utf8'));

export function exportMeta(filter: ExportFilter, now = new Date()): ExportMeta {
  const journal = readJson('schema/migrations/meta/_journal.json') as { entries: { tag: string }[] };
  return {
    registry: 'sportsgraph',
    exported_at: now.toISOString(),
    version: (readJson('package.json') as { version: string }).version,
    migration: journal.entries.at(-1)!.tag,
    ...DATA_LICENCE,
    filter,
  };
}
