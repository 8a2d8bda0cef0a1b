// Published bundles (一件事): the catalogue of latest versions (those on the portal), one version with its
// definition, the versions of a bundle, taking a bundle off the portal (下线) and back, and the preview of a bundle for given answers — for a signed-in citizen, theirs:
// the form prefilled from shared data (秒报) and the materials it provides waived (免提交). Knows nothing of HTTP.
import type { Lang } from '@onego/engine';
import type { Principal } from '../auth/principal.ts';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/createDatabase.ts';
import { DomainError } from '../domainError.ts';
import { resolvedPrefill } from '../sharedData/prefillView.ts';
import type { SharedDataService } from '../sharedData/sharedDataService.ts';
import type { BundleCatalog, PublishedVersion } from './bundleCatalog.ts';
import { bundleSummary } from './bundleSummary.ts';
import { readDraft } from './draftStore.ts';
import { restore, withdraw, withdrawalOf, withdrawals, type Withdrawal } from './bundleWithdrawals.ts';

export interface BundleDependencies {
  db: Database;
  catalog: BundleCatalog;
  /** 秒报 / 免提交: the data-sharing connector. */
  sharedData: SharedDataService;
  clock: Clock;
}

export class BundleService {
  constructor(private readonly deps: BundleDependencies) {}

  private async published(id: string, version?: number): Promise<PublishedVersion> {
    const found = await this.deps.catalog.version(id, version);
    if (!found) throw new DomainError('BUNDLE_NOT_FOUND', { id });
    return found;
  }

  /** The latest published version of every bundle on the portal (not withdrawn), by id. */
  async list(lang: Lang) {
    const off = await withdrawals(this.deps.db);
    return (await this.deps.catalog.latestVersions()).filter((v) => !off.has(v.bundleId)).map((v) => bundleSummary(v, lang));
  }

  /**
   * The latest published version, or the one named (e.g. the version an application runs on), with its
   * definition; also while the bundle is withdrawn (its running applications show it), saying so.
   */
  async detail(id: string, version: number | undefined, lang: Lang) {
    const found = await this.published(id, version);
    const withdrawn = (await withdrawalOf(this.deps.db, id)) !== null;
    return { ...bundleSummary(found, lang), ...(withdrawn ? { withdrawn } : {}), definition: found.definition };
  }

  /** The withdrawn bundles (下线), by id: their latest version, who took them off and when. */
  async listWithdrawn(lang: Lang) {
    const listed = [];
    for (const [id, withdrawal] of await withdrawals(this.deps.db)) {
      const latest = await this.deps.catalog.version(id);
      if (latest) listed.push({ ...bundleSummary(latest, lang), ...withdrawal });
    }
    return listed;
  }

  /** Takes a published bundle off the portal: not listed, no new application; running ones continue. */
  async withdraw(id: string, by: string): Promise<{ id: string; withdrawn: Withdrawal | null }> {
    await this.published(id);
    return { id, withdrawn: await withdraw(this.deps.db, id, by, this.deps.clock.now().toISOString()) };
  }

  /** Puts a withdrawn bundle back on the portal. */
  async restore(id: string): Promise<{ id: string; withdrawn: Withdrawal | null }> {
    await this.published(id);
    await restore(this.deps.db, id);
    return { id, withdrawn: null };
  }

  /**
   * Every published version, newest first, and the draft if any. A bundle being composed for the first
   * time has neither: its history is empty, which the compose page expects (never an error).
   */
  async versions(id: string) {
    const versions = await this.deps.catalog.versions(id);
    const draft = await readDraft(this.deps.db, id);
    return { versions, draft: draft ? { updatedAt: draft.updated_at, updatedBy: draft.updated_by } : null, withdrawn: await withdrawalOf(this.deps.db, id) };
  }

  /**
   * What the answers lead to: the merged form, the one-time notice and the metrics. For a citizen, shared
   * data is asked for (`signal` stops that when the caller goes away); anyone else sees what the bundle
   * declares it shares.
   */
  async preview(id: string, answers: Record<string, unknown>, caller: Principal | undefined, lang: Lang, signal: AbortSignal) {
    const compiled = this.deps.catalog.compile(await this.published(id));
    const form = compiled.form(answers, lang);
    const citizen = caller?.role === 'citizen' ? caller : undefined;
    const outcome = citizen ? await this.deps.sharedData.resolve(citizen, compiled, answers, signal) : undefined;
    const { view, available } = resolvedPrefill(compiled, answers, outcome, lang);
    return {
      form: { schema: form.schema, uiSchema: form.uiSchema },
      notice: compiled.notice(answers, available),
      metrics: compiled.metrics(answers, available),
      prefill: view,
    };
  }

  /** 秒报 alone, for the citizen portal: the values shared data provides for the whole bundle (every matter). */
  async prefill(id: string, citizen: Principal, lang: Lang, signal: AbortSignal) {
    const compiled = this.deps.catalog.compile(await this.published(id));
    const outcome = await this.deps.sharedData.resolve(citizen, compiled, undefined, signal);
    return resolvedPrefill(compiled, undefined, outcome, lang).view;
  }
}
