// The examples' matters are the initial catalogue: at start (with the example bundles), each matter of
// examples/*/matters becomes a catalogue entry at version 1 — once, however many bundles use it — with
// its department in the region of the bundle that uses it; then the example bundle versions not linked
// yet are pinned to those versions. Idempotent across restarts, and safe when two processes start at once.
import { loadDefinitions } from '@onego/engine';
import type { Bundle, Matter } from '@onego/schemas/types';
import type { Knex } from 'knex';
import type { Logger } from 'pino';
import { readDefinitionFiles } from '../definitions/readDefinitionFiles.ts';
import { linkBundleMatters } from './linkBundleMatters.ts';
import { recordMatterVersion } from './recordMatterVersion.ts';

export interface SeedReport {
  /** Matters that became catalogue entries now. */
  created: string[];
  /** Bundle versions (id@version) linked now. */
  linked: string[];
}

/** The region of each matter: that of the first bundle (by id) that uses it. */
function regionsOf(bundles: readonly Bundle[]): Map<string, Bundle['region']> {
  const regions = new Map<string, Bundle['region']>();
  for (const bundle of [...bundles].sort((a, b) => a.id.localeCompare(b.id))) {
    for (const entry of bundle.matters) if (!regions.has(entry.matter)) regions.set(entry.matter, bundle.region);
  }
  return regions;
}

export async function seedExampleMatters(db: Knex, examplesDir: string, now: string, log: Logger): Promise<SeedReport> {
  const read = await readDefinitionFiles([examplesDir]);
  const { definitions, issues } = loadDefinitions(read.documents);
  if (read.problems.length > 0 || issues.length > 0) {
    log.warn({ problems: read.problems.length, issues: issues.length }, 'examples have definition problems; their matters are not catalogued');
    return { created: [], linked: [] };
  }
  const bundles = definitions.bundles.map((b) => b.definition);
  const regions = regionsOf(bundles);
  const known = new Set((await db('matters').whereIn('id', [...definitions.matters.keys()]).pluck('id')) as string[]);
  const created: string[] = [];
  for (const [id, { definition }] of [...definitions.matters].sort(([a], [b]) => a.localeCompare(b))) {
    if (known.has(id)) continue;
    const region = regions.get(id);
    const recorded = await db.transaction((trx) =>
      recordMatterVersion(trx, definition, { region: region?.divisionCode ?? 'national', ...(region ? { regionName: region.name.zh } : {}), by: 'system', at: now, asNextVersion: false }),
    );
    if (recorded.created) created.push(id);
  }
  // The example bundle versions without any link yet (published before their matters were catalogued).
  const unlinked = await db('bundle_versions as v')
    .whereIn('v.bundle_id', bundles.map((b) => b.id))
    .whereNotExists(db('bundle_version_matters as l').whereRaw('l.bundle_id = v.bundle_id and l.bundle_version = v.version'))
    .select<{ bundle_id: string; version: number; definition: string }[]>('v.bundle_id', 'v.version', 'v.definition');
  const linked: string[] = [];
  for (const v of unlinked) {
    const { matters } = JSON.parse(v.definition) as { matters: Matter[] };
    const ids = await db.transaction((trx) => linkBundleMatters(trx, v.bundle_id, Number(v.version), matters));
    if (ids.length > 0) linked.push(`${v.bundle_id}@${v.version}`);
  }
  return { created, linked };
}
