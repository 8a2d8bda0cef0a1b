// /api/application-drafts: save a partly filled application and resume it later, on any device. Drafts
// are the citizen's alone (another's → 404), validated only on submission (POST /api/applications with
// draftId deletes the draft in the submission's transaction), and expire a configurable time after
// their last save; expired drafts are gone for readers at once and deleted when drafts are next written.
// A draft keeps the commitments (告知承诺) the citizen chose, and files uploaded to it (draftMaterialRoutes.ts),
// which go with it.
import { randomUUID } from 'node:crypto';
import Router from '@koa/router';
import type { Context } from 'koa';
import { principalOf } from '../auth/authMiddleware.ts';
import type { Principal } from '../auth/principal.ts';
import type { BundleCatalog } from '../bundles/bundleCatalog.ts';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/createDatabase.ts';
import type { DraftRow } from '../db/rows.ts';
import type { Lang } from '@onego/engine';
import { refuseUnknownData } from '../applications/formData.ts';
import { AppError } from '../http/appError.ts';
import { languageOf } from '../http/language.ts';
import { objectBody, objectField, stringField } from '../http/body.ts';

/** Drafts one citizen may keep at once. */
const MAX_DRAFTS = 50;
const DAY_MS = 86_400_000;

const view = (d: DraftRow) => ({
  id: d.id,
  bundleId: d.bundle_id,
  answers: JSON.parse(d.answers) as unknown,
  data: JSON.parse(d.data) as unknown,
  commitments: d.commitments ? (JSON.parse(d.commitments) as string[]) : [],
  version: d.version,
  createdAt: d.created_at,
  updatedAt: d.updated_at,
  expiresAt: d.expires_at,
});

/** The draft `id` of this citizen, unexpired at `now`: another's, or an expired one, does not exist (404). */
export async function citizenDraft(db: Database, id: string, principal: Principal, now: string): Promise<DraftRow> {
  const draft = (await db('application_drafts').where({ id, applicant: principal.subject }).andWhere('expires_at', '>', now).first()) as DraftRow | undefined;
  if (!draft) throw new AppError(404, 'DRAFT_NOT_FOUND', { id });
  return draft;
}

/** `commitments`: material ids (告知承诺 chosen in the draft, checked only at submission); `fallback` when absent. */
function commitmentsField(body: Record<string, unknown>, fallback: string[]): string[] {
  const value = body['commitments'];
  if (value === undefined) return fallback;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.length === 0 || v.length > 100) || value.length > 200) {
    throw new AppError(400, 'BAD_REQUEST', { detail: '"commitments" must be a list of material ids' });
  }
  return [...new Set(value as string[])];
}

/**
 * 422 VALIDATION_FAILED, located, for data the bundle's form does not define for any answers (a draft is
 * incomplete, so only unknown fields are refused here; the rest is validated on submission).
 */
async function refuseUnknownFields(catalog: BundleCatalog, bundleId: string, data: Record<string, unknown>, lang: Lang): Promise<void> {
  const published = await catalog.version(bundleId);
  if (!published) throw new AppError(404, 'BUNDLE_NOT_FOUND', { id: bundleId });
  refuseUnknownData(catalog.compile(published), data, lang);
}

export function draftRoutes(db: Database, catalog: BundleCatalog, clock: Clock, ttlDays: number): Router {
  const router = new Router({ prefix: '/api/application-drafts' });
  const expiry = (now: Date) => new Date(now.getTime() + ttlDays * DAY_MS).toISOString();

  const ownDraft = (ctx: Context, id: string): Promise<DraftRow> => citizenDraft(db, id, principalOf(ctx, 'citizen'), clock.now().toISOString());

  router.post('/', async (ctx) => {
    const principal = principalOf(ctx, 'citizen');
    const body = objectBody(ctx.request.body);
    const bundleId = stringField(body, 'bundleId');
    const answers = objectField(body, 'answers', {});
    const data = objectField(body, 'data', {});
    const commitments = commitmentsField(body, []);
    await refuseUnknownFields(catalog, bundleId, data, languageOf(ctx.get('accept-language')));
    const now = clock.now();
    const at = now.toISOString();
    const row: DraftRow = {
      id: randomUUID(),
      applicant: principal.subject,
      bundle_id: bundleId,
      answers: JSON.stringify(answers),
      data: JSON.stringify(data),
      commitments: JSON.stringify(commitments),
      version: 1,
      created_at: at,
      updated_at: at,
      expires_at: expiry(now),
    };
    await db.transaction(async (trx) => {
      // Their uploads' rows go with them (ON DELETE CASCADE); the files stay in the blob store.
      await trx('application_drafts').where('expires_at', '<=', at).delete();
      const count = (await trx('application_drafts').where({ applicant: principal.subject }).count({ n: '*' }).first()) as { n: number | string } | undefined;
      if (Number(count?.n ?? 0) >= MAX_DRAFTS) throw new AppError(409, 'TOO_MANY_DRAFTS', { limit: MAX_DRAFTS });
      await trx('application_drafts').insert(row);
    });
    ctx.status = 201;
    ctx.set('Location', `/api/application-drafts/${row.id}`);
    ctx.body = view(row);
  });

  router.get('/', async (ctx) => {
    const principal = principalOf(ctx, 'citizen');
    const rows = (await db('application_drafts')
      .where({ applicant: principal.subject })
      .andWhere('expires_at', '>', clock.now().toISOString())
      .orderBy([{ column: 'updated_at', order: 'desc' }, { column: 'id' }])) as DraftRow[];
    ctx.body = rows.map(view);
  });

  router.get('/:id', async (ctx) => {
    ctx.body = view(await ownDraft(ctx, ctx.params['id'] ?? ''));
  });

  router.put('/:id', async (ctx) => {
    const draft = await ownDraft(ctx, ctx.params['id'] ?? '');
    const body = objectBody(ctx.request.body);
    const answers = objectField(body, 'answers', JSON.parse(draft.answers) as Record<string, unknown>);
    const data = objectField(body, 'data', JSON.parse(draft.data) as Record<string, unknown>);
    const commitments = commitmentsField(body, view(draft).commitments);
    if (body['data'] !== undefined) await refuseUnknownFields(catalog, draft.bundle_id, data, languageOf(ctx.get('accept-language')));
    // Two devices saving one draft: the second save names the version it started from, or overwrites.
    const expected = body['version'];
    if (expected !== undefined && (typeof expected !== 'number' || !Number.isInteger(expected))) {
      throw new AppError(400, 'BAD_REQUEST', { detail: '"version" must be a whole number' });
    }
    const version = typeof expected === 'number' ? expected : draft.version;
    const now = clock.now();
    const changes = { answers: JSON.stringify(answers), data: JSON.stringify(data), commitments: JSON.stringify(commitments), version: version + 1, updated_at: now.toISOString(), expires_at: expiry(now) };
    const updated = await db('application_drafts').where({ id: draft.id, version }).update(changes);
    if (updated !== 1) throw new AppError(409, 'DRAFT_CONFLICT');
    ctx.body = view({ ...draft, ...changes });
  });

  router.delete('/:id', async (ctx) => {
    const draft = await ownDraft(ctx, ctx.params['id'] ?? '');
    await db('application_drafts').where({ id: draft.id }).delete(); // its uploads' rows too (ON DELETE CASCADE)
    ctx.status = 204;
  });

  return router;
}
