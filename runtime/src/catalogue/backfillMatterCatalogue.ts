// The one-off step after migration 014: the matters of the bundle versions published before it enter
// the catalogue — as version 1, or as a later version when an earlier bundle version used another
// definition of the same matter — and each of those bundle versions is pinned to them. It needs OneGo's
// code (digests, ids, departments), which a migration must not import; migrateDatabase.ts runs it right
// after 014 is applied, and only then.
import type { Bundle, Matter } from '@onego/schemas/types';
import type { Knex } from 'knex';
import { linkBundleMatters } from './linkBundleMatters.ts';
import { recordMatterVersion } from './recordMatterVersion.ts';

export async function backfillMatterCatalogue(db: Knex): Promise<void> {
  await db.transaction(async (trx) => {
    const versions = await trx('bundle_versions')
      .orderBy([{ column: 'published_at' }, { column: 'bundle_id' }, { column: 'version' }])
      .select<{ bundle_id: string; version: number; definition: string; published_by: string; published_at: string }[]>('bundle_id', 'version', 'definition', 'published_by', 'published_at');
    for (const v of versions) {
      const { bundle, matters } = JSON.parse(v.definition) as { bundle: Bundle; matters: Matter[] };
      const region = bundle.region;
      for (const matter of matters) {
        await recordMatterVersion(trx, matter, { region: region?.divisionCode ?? 'national', ...(region ? { regionName: region.name.zh } : {}), by: v.published_by, at: v.published_at, asNextVersion: true });
      }
      await linkBundleMatters(trx, v.bundle_id, Number(v.version), matters);
    }
  });
}
