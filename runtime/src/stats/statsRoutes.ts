// /api/stats: 好差评 per department and 办件统计 per bundle. Admins and designers read every
// department's ratings; an officer reads only their own department's. Bundle statistics span
// departments: admins and designers only.
import Router from '@koa/router';
import type { WorkingDayCalendar } from '@onego/engine';
import type { Context } from 'koa';
import { principalOf } from '../auth/authMiddleware.ts';
import type { BundleCatalog } from '../bundles/bundleCatalog.ts';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/createDatabase.ts';
import { AppError } from '../http/appError.ts';
import { positiveInt } from '../http/body.ts';
import { bundleStats } from './bundleStats.ts';
import { parseDateRange, type DateRange } from './dateRange.ts';
import { ratingStats } from './ratingStats.ts';

function rangeOf(ctx: Context): DateRange {
  try {
    return parseDateRange(ctx.query['from'], ctx.query['to']);
  } catch (error) {
    throw new AppError(400, 'BAD_REQUEST', { detail: error instanceof Error ? error.message : 'bad from / to' });
  }
}

export function statsRoutes(db: Database, catalog: BundleCatalog, calendars: { forRegion(divisionCode: string | undefined): WorkingDayCalendar }, clock: Clock): Router {
  const router = new Router({ prefix: '/api/stats' });

  router.get('/ratings', async (ctx) => {
    const principal = principalOf(ctx, 'admin', 'designer', 'officer');
    const asked = ctx.query['department'];
    if (asked !== undefined && (typeof asked !== 'string' || asked === '')) throw new AppError(400, 'BAD_REQUEST', { detail: 'department must be a department id' });
    if (principal.role === 'officer' && asked !== undefined && asked !== principal.department) throw new AppError(403, 'FORBIDDEN');
    const department = principal.role === 'officer' ? (principal.department ?? '') : asked;
    const range = rangeOf(ctx);
    ctx.body = { from: range.from, to: range.to, departments: await ratingStats(db, range, clock.now().toISOString(), department) };
  });

  router.get('/bundles/:id', async (ctx) => {
    principalOf(ctx, 'admin', 'designer');
    const bundleId = ctx.params['id'] ?? '';
    const version = ctx.query['version'] === undefined ? undefined : positiveInt(ctx.query['version'], 1, 1_000_000);
    const range = rangeOf(ctx);
    if (!(await catalog.version(bundleId, version))) throw new AppError(404, 'BUNDLE_NOT_FOUND', { id: version === undefined ? bundleId : `${bundleId}@${version}` });
    ctx.body = await bundleStats(db, catalog, calendars, { bundleId, ...(version !== undefined ? { version } : {}), range });
  });

  return router;
}
