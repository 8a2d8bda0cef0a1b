// A published bundle version is pinned to the catalogue versions of its matters: for each matter it
// carries, the version with the same definition (digest) is linked. A matter the catalogue has no identical
// version of (written into the bundle by hand) is not linked. Idempotent.
import type { Matter } from '@onego/schemas/types';
import type { Knex } from 'knex';
import { identicalVersion } from './recordMatterVersion.ts';

/** Links what it can; answers the matter ids linked. */
export async function linkBundleMatters(db: Knex, bundleId: string, bundleVersion: number, matters: readonly Matter[]): Promise<string[]> {
  const linked: string[] = [];
  for (const matter of matters) {
    const version = await identicalVersion(db, matter.id, matter);
    if (version === undefined) continue;
    await db('bundle_version_matters')
      .insert({ bundle_id: bundleId, bundle_version: bundleVersion, matter_id: matter.id, matter_version: version })
      .onConflict(['bundle_id', 'bundle_version', 'matter_id'])
      .ignore();
    linked.push(matter.id);
  }
  return linked;
}
