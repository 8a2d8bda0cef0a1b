// Test support: a published bundle again as a new version whose matters are decided in one `decide`
// command each — without review steps nor result mappings — for the tests of the command machinery
// (retries across runners, group commit, PostgreSQL) that approve the newborn example's tasks as commands.
// The steps themselves, with claims: test/api/caseHandling.test.ts and the API tests (test/support/reviewWalk.ts).
import type { Matter } from '@onego/schemas/types';
import type { BundleCatalog } from '../../src/bundles/bundleCatalog.ts';

/** Publishes the latest version of `bundleId` again without review steps, unless it has none already. */
export async function publishOneStepVersion(catalog: BundleCatalog, bundleId: string, at: string): Promise<void> {
  const latest = await catalog.version(bundleId);
  if (!latest) throw new Error(`${bundleId} is not published`);
  const { bundle, matters } = latest.definition;
  if (!matters.some((m) => m.review) && !bundle.resultMappings) return;
  const oneStep = (matter: Matter): Matter => {
    const copy = { ...matter };
    delete copy.review;
    return copy;
  };
  const withoutMappings = { ...bundle };
  delete withoutMappings.resultMappings;
  await catalog.publish({ ...latest.definition, bundle: withoutMappings, matters: matters.map(oneStep) }, 'system', at);
}
