// /api/application-drafts: save a partly filled application and resume it later, on any device. Drafts
// are the citizen's alone (another's → 404), validated only on submission (POST /api/applications with
// draftId deletes the draft in the submission's transaction), and expire a configurable time after
// their last save; expired drafts are gone for readers at once and deleted when drafts are next written.
import { randomUUID } from 'node:crypto';
import Router from '@koa/router';
import type { Context } from 'koa';
import { principalOf } from '../auth/authMiddleware.ts';
import type { BundleCatalog } from '../bundles/bundleCatalog.ts';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/createDatabase.ts';
import type { DraftRow } from '../db/rows.ts';
import { AppError } from '../http/appError.ts';
import { objectBody, objectField, stringField } from '../http/body.ts';

/** Drafts one citizen may keep at once. */
export const MAX_DRAFTS = 50;
const DAY_MS = 86_400_000;

const view = (d: DraftRow) => ({
  id: d.id,
  bundleId: d.bundle_id,
  answers: JSON.parse(d.answers) as unknown,
  data: JSON.parse(d.data) as unknown,
  version: d.version,
  createdAt: d.created_at,
  updatedAt: d.updated_at,
  expiresAt: d.expires_at,
});

export function draftRoutes(db: Database, catalog: BundleCatalog, clock: Clock, ttlDays: number): Router {
  const router = new Router({ prefix: '/api/application-drafts' });
  const expiry = (now: Date) => new Date(now.getTime() + ttlDays * DAY_MS).toISOString();

  async function ownDraft(ctx: Context, id: string): Promise<DraftRow> {
    const principal = principalOf(ctx, 'citizen');
    const draft = (await db('application_drafts')
      .where({ id, applicant: principal.subject })
      .andWhere('expires_at', '>', clock.now().toISOString())
      .first()) as DraftRow | undefined;
    if (!draft) throw new AppError(404, 'DRAFT_NOT_FOUND', { id });
    return draft;
  }

  router.post('/', async (ctx) => {
    const principal = principalOf(ctx, 'citizen');
    const body = objectBody(ctx.request.body);
    const bundleId = stringField(body, 'bundleId');
    const answers = objectField(body, 'answers', {});
    const data = objectField(body, 'data', {});
    if (!(await catalog.version(bundleId))) throw new AppError(404, 'BUNDLE_NOT_FOUND', { id: bundleId });
    const now = clock.now();
    const at = now.toISOString();
    const row: DraftRow = {
      id: randomUUID(),
      applicant: principal.subject,
      bundle_id: bundleId,
      answers: JSON.stringify(answers),
      data: JSON.stringify(data),
      version: 1,
      created_at: at,
      updated_at: at,
      expires_at: expiry(now),
    };
    await db.transaction(async (trx) => {
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
    // Two devices saving one draft: the second save names the version it started from, or overwrites.
    const expected = body['version'];
    if (expected !== undefined && (typeof expected !== 'number' || !Number.isInteger(expected))) {
      throw new AppError(400, 'BAD_REQUEST', { detail: '"version" must be a whole number' });
    }
    const version = typeof expected === 'number' ? expected : draft.version;
    const now = clock.now();
    const changes = { answers: JSON.stringify(answers), data: JSON.stringify(data), version: version + 1, updated_at: now.toISOString(), expires_at: expiry(now) };
    const updated = await db('application_drafts').where({ id: draft.id, version }).update(changes);
    if (updated !== 1) throw new AppError(409, 'DRAFT_CONFLICT');
    ctx.body = view({ ...draft, ...changes });
  });

  router.delete('/:id', async (ctx) => {
    const draft = await ownDraft(ctx, ctx.params['id'] ?? '');
    await db('application_drafts').where({ id: draft.id }).delete();
    ctx.status = 204;
  });

  return router;
}
