// /api/calendars: the working-day calendars loaded (public: holiday schedules are public), one year's
// document, and loading a year (admins; `?dryRun=true` previews which deadlines would move).
import Router from '@koa/router';
import { inLang, NATIONAL_REGION, describeIssue } from '@onego/engine';
import type { Context } from 'koa';
import { principalOf } from '../auth/authMiddleware.ts';
import { AppError } from '../http/appError.ts';
import { languageOf } from '../http/language.ts';
import type { CalendarService } from './calendarService.ts';
import { calendarWarningText } from './calendarWarnings.ts';

function target(ctx: Context): { region: string; year: number } {
  const params = ctx.params as Record<string, string | undefined>;
  const region = params['region'] ?? '';
  if (region !== NATIONAL_REGION && !/^[1-9][0-9]{5}$/.test(region)) {
    throw new AppError(400, 'BAD_REQUEST', { detail: 'region must be "national" or a 6-digit GB/T 2260 division code' });
  }
  const year = Number(params['year']);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new AppError(400, 'BAD_REQUEST', { detail: 'year must be a whole number from 2000 to 2100' });
  return { region, year };
}

export function calendarRoutes(calendars: CalendarService): Router {
  const router = new Router({ prefix: '/api/calendars' });

  router.get('/', (ctx) => {
    const lang = languageOf(ctx.get('accept-language'));
    ctx.body = {
      nationalYears: calendars.book.nationalYears(),
      calendars: calendars.list().map((c) => ({ ...c, regionName: c.regionName ? inLang(c.regionName, lang) : null })),
      warnings: calendars.warnings().map((w) => ({ ...w, message: inLang(calendarWarningText(w), lang) })),
    };
  });

  router.get('/:region/:year', (ctx) => {
    const { region, year } = target(ctx);
    const document = calendars.document(region, year);
    if (!document) throw new AppError(404, 'CALENDAR_NOT_FOUND', { region, year });
    ctx.body = document;
  });

  router.put('/:region/:year', async (ctx) => {
    const principal = principalOf(ctx, 'admin');
    const { region, year } = target(ctx);
    const dryRun = ctx.query['dryRun'] === 'true' || ctx.query['dryRun'] === '1';
    const lang = languageOf(ctx.get('accept-language'));
    const outcome = await calendars.load(region, year, ctx.request.body, { by: principal.subject, dryRun, lang });
    if (outcome.issues) {
      throw new AppError(422, 'DEFINITION_INVALID', { count: outcome.issues.length }, {
        issues: outcome.issues.map((i) => ({ file: i.file, path: i.path, code: i.code, message: describeIssue(i, lang) })),
      });
    }
    ctx.body = { ...outcome, count: outcome.rebased.length };
  });

  return router;
}
