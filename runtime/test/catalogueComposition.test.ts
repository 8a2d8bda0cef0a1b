// Property: a bundle composed from catalogue matters merges to the same form as the same matters written
// inline. Generated matters (fields bound to standard data elements with their constraints, the matter's
// own fields, materials, some replaceable by an e-licence) are saved as drafts and published through the
// matter catalogue on a real SQLite database; the bundle takes each from the catalogue (the latest
// published version, as the designer's catalogue browser picks it) and is published by the bundle
// catalogue, pinned to those versions. The runtime's compiled version merges, for every answer to the
// scenario question and in both languages, to exactly the form the engine merges from the matters inline.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compileBundle, indexDictionaries, STANDARD_DICTIONARY } from '@onego/engine';
import type { Matter } from '@onego/schemas/types';
import fc from 'fast-check';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleArbitrary } from '../../engine/test/support/arbitraryBundle.ts';
import { BundleCatalog } from '../src/bundles/bundleCatalog.ts';
import { MatterCatalogue } from '../src/catalogue/matterCatalogue.ts';
import { AdjustableClock } from '../src/clock.ts';
import { createDatabase } from '../src/db/createDatabase.ts';
import { migrateDatabase } from '../src/migrateDatabase.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'onego-composition-'));
const dictionary = indexDictionaries([STANDARD_DICTIONARY]);
let db: Knex;
let clock: AdjustableClock;
let catalogue: MatterCatalogue;
let bundles: BundleCatalog;

beforeAll(async () => {
  db = createDatabase(path.join(dir, 'composition.sqlite'));
  await migrateDatabase(db);
  clock = new AdjustableClock(new Date('2026-03-02T01:00:00.000Z'));
  catalogue = new MatterCatalogue({ db, clock });
  bundles = new BundleCatalog(db);
}, 60_000);
afterAll(async () => {
  await db?.destroy();
  rmSync(dir, { recursive: true, force: true });
});

describe('composing from the matter catalogue', () => {
  it('a bundle composed from catalogue matters merges to the same form as the same matters written inline', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(bundleArbitrary, async (generated) => {
        run++;
        // Each run's matters are new catalogue entries (the generator names them m0, m1, …).
        const rename = (id: string) => `run${run}-${id}`;
        const inline = new Map<string, Matter>([...generated.matters.values()].map((m) => [rename(m.id), { ...m, id: rename(m.id) }]));
        const bundle = {
          ...generated.bundle,
          id: `composed-${run}`,
          matters: generated.bundle.matters.map((e) => ({ ...e, matter: rename(e.matter), ...(e.after ? { after: e.after.map(rename) } : {}) })),
        };
        const published = new Map<string, number>();
        for (const matter of inline.values()) {
          clock.advance(1_000);
          const draft = await catalogue.saveDraft(structuredClone(matter), { by: 'designer', ifNoneMatch: '*' });
          expect(draft.problems, `${matter.id} is a valid matter`).toEqual([]);
          published.set(matter.id, (await catalogue.publish(draft.id, { by: 'designer', ifMatch: draft.etag })).version);
        }
        // composed as the designer composes: each matter picked from the catalogue
        const picked = await Promise.all(bundle.matters.map(async (e) => (await catalogue.get(e.matter)).definition));
        const version = await bundles.publish({ bundle, matters: picked }, 'designer', clock.now().toISOString());
        const fromCatalogue = await bundles.compiledVersion(bundle.id, version.version);
        const written = compileBundle({ bundle, matters: inline, dictionary });
        for (const q of [true, false]) {
          for (const lang of ['zh', 'en'] as const) {
            expect(fromCatalogue.form({ q }, lang)).toEqual(written.form({ q }, lang));
          }
        }
        // and the bundle version is pinned to the catalogue versions it was composed from
        const pins = (await db('bundle_version_matters').where({ bundle_id: bundle.id, bundle_version: version.version })) as { matter_id: string; matter_version: number }[];
        expect(new Map(pins.map((p) => [p.matter_id, Number(p.matter_version)]))).toEqual(published);
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});
