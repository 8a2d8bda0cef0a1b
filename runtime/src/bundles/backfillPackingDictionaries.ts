// The one-off step after migration 011: the bundle versions published before it get their packing
// dictionary (bundle_versions.packing), so that their new applications are packed with it too. It needs
// the bundle compiler, which a migration must not import; migrateDatabase.ts runs it right after 011 is
// applied, and only then: once a version's applications are packed, its dictionary must never change.
import type { Knex } from 'knex';
import { BundleCatalog, type BundleDefinition } from './bundleCatalog.ts';
import { packingDictionary } from './packingDictionary.ts';

/** Gives each version without a dictionary the one its definition makes; one this OneGo cannot compile keeps none. */
export async function backfillPackingDictionaries(db: Knex): Promise<void> {
  await db.transaction(async (trx) => {
    const catalog = new BundleCatalog(trx);
    const versions = await trx('bundle_versions').whereNull('packing').select<{ bundle_id: string; version: number; definition: string }[]>('bundle_id', 'version', 'definition');
    for (const v of versions) {
      let packing: string | null = null;
      try {
        packing = packingDictionary(catalog.compileDefinition(JSON.parse(v.definition) as BundleDefinition, Number(v.version)));
      } catch {
        // A definition this OneGo cannot compile: its applications are packed without a dictionary.
      }
      if (packing !== null) await trx('bundle_versions').where({ bundle_id: v.bundle_id, version: v.version }).update({ packing });
    }
  });
}
