// Application drafts (保存草稿): save a partly filled application and resume it later, on any device.
// Drafts are the citizen's alone (another's → DRAFT_NOT_FOUND), validated only on submission (a
// submission with draftId deletes the draft in its transaction), and expire a configurable time after
// their last save; expired drafts are gone for readers at once and deleted when drafts are next written.
// A draft keeps the commitments (告知承诺) the citizen chose, and files uploaded to it
// (materials/draftMaterialRoutes.ts), which go with it.
import { randomUUID } from 'node:crypto';
import { inLang, type Lang } from '@onego/engine';
import type { Principal } from '../auth/principal.ts';
import type { BundleCatalog } from '../bundles/bundleCatalog.ts';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/createDatabase.ts';
import type { DraftRow } from '../db/rows.ts';
import { DomainError } from '../domainError.ts';
import { refuseUnknownData } from '../applications/formData.ts';
import { refuseWithdrawn } from '../bundles/bundleWithdrawals.ts';
import { citizenDraft } from './citizenDraft.ts';
import { namedParties, type OnBehalfOf } from '../applicants/namedParties.ts';
import { checkRepresentedIdNumber } from '../applicants/representedIdNumber.ts';
import { rewriteDraftParties } from '../applicants/draftParties.ts';

/** Drafts one citizen may keep at once. */
const MAX_DRAFTS = 50;
const DAY_MS = 86_400_000;

/** A draft as the API shows it. */
const draftView = (d: DraftRow) => ({
  id: d.id,
  bundleId: d.bundle_id,
  answers: JSON.parse(d.answers) as Record<string, unknown>,
  data: JSON.parse(d.data) as Record<string, unknown>,
  commitments: d.commitments ? (JSON.parse(d.commitments) as string[]) : [],
  version: d.version,
  createdAt: d.created_at,
  updatedAt: d.updated_at,
  expiresAt: d.expires_at,
  ...(d.on_behalf_of ? { onBehalfOf: JSON.parse(d.on_behalf_of) as OnBehalfOf } : {}),
});

/** What a citizen saves: the answers, the data and the commitments chosen so far. */
export interface DraftContent {
  answers?: Record<string, unknown>;
  data?: Record<string, unknown>;
  commitments?: string[];
  /** 代办: the person the applicant applies for (null: nobody, when updating). */
  onBehalfOf?: OnBehalfOf | null;
}

export class DraftService {
  constructor(private readonly deps: { db: Database; catalog: BundleCatalog; clock: Clock; ttlDays: number }) {}

  private expiry(now: Date): string {
    return new Date(now.getTime() + this.deps.ttlDays * DAY_MS).toISOString();
  }

  /**
   * VALIDATION_FAILED, located, for data the bundle's form does not define for any answers (a draft is
   * incomplete, so only unknown fields are refused here; the rest is validated on submission).
   */
  private async refuseUnknownFields(bundleId: string, data: Record<string, unknown>, lang: Lang) {
    const { catalog } = this.deps;
    const published = await catalog.version(bundleId);
    if (!published) throw new DomainError('BUNDLE_NOT_FOUND', { id: bundleId });
    const compiled = catalog.compile(published);
    refuseUnknownData(compiled, data, lang);
    return compiled;
  }

  async create(principal: Principal, bundleId: string, content: DraftContent, lang: Lang) {
    const { db, clock } = this.deps;
    const data = content.data ?? {};
    checkRepresentedIdNumber(content.onBehalfOf);
    const compiled = await this.refuseUnknownFields(bundleId, data, lang);
    // Off the portal (下线): no new draft; one saved before is kept (submitting it waits until the bundle is back).
    const published = await this.deps.catalog.version(bundleId);
    if (published) await refuseWithdrawn(db, bundleId, inLang(published.definition.bundle.name, lang));
    const now = clock.now();
    const at = now.toISOString();
    const row: DraftRow = {
      id: randomUUID(),
      applicant: principal.subject,
      bundle_id: bundleId,
      answers: JSON.stringify(content.answers ?? {}),
      data: JSON.stringify(data),
      commitments: JSON.stringify([...new Set(content.commitments ?? [])]),
      version: 1,
      created_at: at,
      updated_at: at,
      expires_at: this.expiry(now),
      on_behalf_of: content.onBehalfOf ? JSON.stringify(content.onBehalfOf) : null,
    };
    await db.transaction(async (trx) => {
      // Their uploads' rows go with them (ON DELETE CASCADE); the files stay in the blob store.
      await trx('application_drafts').where('expires_at', '<=', at).delete();
      const count = (await trx('application_drafts').where({ applicant: principal.subject }).count({ n: '*' }).first()) as { n: number | string } | undefined;
      if (Number(count?.n ?? 0) >= MAX_DRAFTS) throw new DomainError('TOO_MANY_DRAFTS', { limit: MAX_DRAFTS });
      await trx('application_drafts').insert(row);
      await rewriteDraftParties(trx, row.id, namedParties(compiled, content.answers ?? {}, data, content.onBehalfOf ?? undefined));
    });
    return draftView(row);
  }

  /** The citizen's unexpired drafts, last saved first. */
  async list(principal: Principal) {
    const { db, clock } = this.deps;
    const rows = (await db('application_drafts')
      .where({ applicant: principal.subject })
      .andWhere('expires_at', '>', clock.now().toISOString())
      .orderBy([{ column: 'updated_at', order: 'desc' }, { column: 'id' }])) as DraftRow[];
    return rows.map(draftView);
  }

  async get(id: string, principal: Principal) {
    return draftView(await citizenDraft(this.deps.db, id, principal, this.deps.clock.now().toISOString()));
  }

  /** Saves the draft again: what is given replaces what was saved. Two devices saving one draft: the second names the version it started from (DRAFT_CONFLICT), or overwrites. */
  async update(id: string, principal: Principal, content: DraftContent & { version?: number }, lang: Lang) {
    const { db, clock } = this.deps;
    const draft = await citizenDraft(db, id, principal, clock.now().toISOString());
    checkRepresentedIdNumber(content.onBehalfOf);
    const saved = draftView(draft);
    const compiled = await this.refuseUnknownFields(draft.bundle_id, content.data ?? saved.data, lang);
    const version = content.version ?? draft.version;
    const now = clock.now();
    const changes = {
      answers: JSON.stringify(content.answers ?? saved.answers),
      data: JSON.stringify(content.data ?? saved.data),
      commitments: JSON.stringify(content.commitments ? [...new Set(content.commitments)] : saved.commitments),
      version: version + 1,
      updated_at: now.toISOString(),
      expires_at: this.expiry(now),
      on_behalf_of: content.onBehalfOf === undefined ? (draft.on_behalf_of ?? null) : content.onBehalfOf ? JSON.stringify(content.onBehalfOf) : null,
    };
    await db.transaction(async (trx) => {
      const updated = await trx('application_drafts').where({ id: draft.id, version }).update(changes);
      if (updated !== 1) throw new DomainError('DRAFT_CONFLICT');
      const onBehalfOf = changes.on_behalf_of ? (JSON.parse(changes.on_behalf_of) as OnBehalfOf) : undefined;
      await rewriteDraftParties(trx, draft.id, namedParties(compiled, JSON.parse(changes.answers) as Record<string, unknown>, JSON.parse(changes.data) as Record<string, unknown>, onBehalfOf));
    });
    return draftView({ ...draft, ...changes });
  }

  /** Deletes the draft, with its uploads' rows (ON DELETE CASCADE). */
  async delete(id: string, principal: Principal): Promise<void> {
    const { db, clock } = this.deps;
    const draft = await citizenDraft(db, id, principal, clock.now().toISOString());
    await db('application_drafts').where({ id: draft.id }).delete();
  }
}
