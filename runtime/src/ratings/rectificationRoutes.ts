// /api/rectifications: a department's rectification tasks (差评整改) opened by bad ratings, one with
// what the citizen said, and the department's answer.
import Router from '@koa/router';
import { principalOf } from '../auth/authMiddleware.ts';
import { AppError } from '../http/appError.ts';
import { objectBody, positiveInt } from '../http/body.ts';
import { languageOf } from '../http/language.ts';
import { RECTIFICATION_STATUSES, type RectificationService, type RectificationStatus } from './rectificationService.ts';

export function rectificationRoutes(rectifications: RectificationService): Router {
  const router = new Router({ prefix: '/api/rectifications' });

  router.get('/', async (ctx) => {
    const principal = principalOf(ctx, 'officer');
    const status = ctx.query['status'];
    if (status !== undefined && (typeof status !== 'string' || !(RECTIFICATION_STATUSES as readonly string[]).includes(status))) {
      throw new AppError(400, 'BAD_REQUEST', { detail: `status must be one of ${RECTIFICATION_STATUSES.join(', ')}` });
    }
    const page = positiveInt(ctx.query['page'], 1, 1_000_000);
    const pageSize = positiveInt(ctx.query['pageSize'], 20, 100);
    const { total, items } = await rectifications.list(principal.department ?? '', status as RectificationStatus | undefined, page, pageSize);
    ctx.set('X-Total-Count', String(total));
    ctx.body = items;
  });

  router.get('/:id', async (ctx) => {
    const principal = principalOf(ctx, 'officer');
    const row = await rectifications.own(ctx.params['id'] ?? '', principal);
    ctx.body = await rectifications.detail(row, languageOf(ctx.get('accept-language')));
  });

  router.post('/:id/answer', async (ctx) => {
    const principal = principalOf(ctx, 'officer');
    const body = objectBody(ctx.request.body);
    const row = await rectifications.own(ctx.params['id'] ?? '', principal);
    ctx.body = await rectifications.answer(row, principal.subject, body, languageOf(ctx.get('accept-language')));
  });

  return router;
}
