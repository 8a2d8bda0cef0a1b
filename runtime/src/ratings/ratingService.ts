// 好差评: the applicant rates a completed or rejected application once — overall and per matter. In one
// transaction with the rating: the RATED event and, for a bad rating, the rectification tasks (差评整改)
// of the responsible departments with their working-day deadline and a RECTIFICATION_OPENED event each.
import { randomUUID } from 'node:crypto';
import { dueAt, inLang, localDateOf, type Lang, type WorkingDayCalendar } from '@onego/engine';
import type { Principal } from '../auth/principal.ts';
import type { BundleCatalog } from '../bundles/bundleCatalog.ts';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/createDatabase.ts';
import type { ApplicationRow, MatterRatingRow, RatingRow, RectificationRow, TaskRow } from '../db/rows.ts';
import { isUniqueViolation } from '../db/uniqueViolation.ts';
import { DomainError } from '../domainError.ts';
import { parseRating, rectificationsFor } from './ratingRules.ts';
import { onTimeOf, rectificationDueProvisional } from './rectificationService.ts';
import { validationFailed } from './validationFailed.ts';
import type { AppendedEventRow } from '../db/eventLog.ts';

/** Application statuses after which the applicant may rate (办结: completed or rejected). */
const RATEABLE_STATUSES: ReadonlySet<string> = new Set(['completed', 'rejected']);

export interface RatingDependencies {
  db: Database;
  catalog: BundleCatalog;
  clock: Clock;
  /** The working-day calendar of a bundle's region (the rectification deadline counts with it). */
  calendars: { forRegion(divisionCode: string | undefined): WorkingDayCalendar };
  /** Working days a department has to answer a rectification (ONEGO_RECTIFICATION_DAYS). */
  rectificationDays: number;
}

export class RatingService {
  constructor(private readonly deps: RatingDependencies) {}

  /** Records the applicant's rating of their application; returns it as GET shows it. */
  async rate(app: ApplicationRow, by: string, body: Record<string, unknown>, lang: Lang) {
    const { db, catalog, clock } = this.deps;
    if (!RATEABLE_STATUSES.has(app.status)) throw new DomainError('RATING_NOT_OPEN', { status: app.status });
    if (await db('ratings').where({ application_id: app.id }).first()) throw new DomainError('ALREADY_RATED');
    const compiled = await catalog.compiledVersion(app.bundle_id, app.bundle_version);
    const order = compiled.bundle.matters.map((m) => m.matter);
    const tasks = (await db('tasks').where({ application_id: app.id }).select<Pick<TaskRow, 'matter_id' | 'department'>[]>('matter_id', 'department')).sort(
      (a, b) => order.indexOf(a.matter_id) - order.indexOf(b.matter_id),
    );
    const departmentOf = new Map(tasks.map((t) => [t.matter_id, t.department]));
    const parsed = parseRating(body, new Set(departmentOf.keys()));
    if ('issues' in parsed) throw validationFailed(parsed.issues, lang);
    const { rating } = parsed;
    const now = clock.now().toISOString();
    const causes = rectificationsFor(rating, [...new Set(tasks.map((t) => t.department))], departmentOf);
    // A year without a loaded holiday schedule counts by the weekday rule: never refused.
    const calendar = this.deps.calendars.forRegion(compiled.bundle.region?.divisionCode);
    const due = causes.length > 0 ? dueAt(now, { days: this.deps.rectificationDays, kind: 'working' }, calendar) : null;
    const provisional = due !== null && calendar.isProvisional(localDateOf(now), localDateOf(due));
    try {
      await db.transaction(async (trx) => {
        if (await trx('ratings').where({ application_id: app.id }).first()) throw new DomainError('ALREADY_RATED');
        await trx('ratings').insert({ application_id: app.id, applicant: by, overall_score: rating.overall.score, overall_comment: rating.overall.comment ?? null, rated_at: now });
        if (rating.matters.length > 0) {
          await trx('matter_ratings').insert(
            rating.matters.map((m) => ({
              application_id: app.id,
              matter_id: m.matterId,
              department: departmentOf.get(m.matterId),
              score: m.score,
              comment: m.comment ?? null,
              rated_at: now,
            })),
          );
        }
        const scores = { overall: rating.overall.score, matters: rating.matters.map((m) => ({ matterId: m.matterId, score: m.score })) };
        const events: AppendedEventRow[] = [{ application_id: app.id, type: 'RATED', matter_id: null, actor: by, at: now, payload: JSON.stringify(scores) }];
        const rectifications = causes.map(({ department, ...cause }) => ({
          id: randomUUID(),
          application_id: app.id,
          department,
          cause: JSON.stringify(cause),
          status: 'open',
          opened_at: now,
          due_at: due,
          due_provisional: provisional,
          limit_days: this.deps.rectificationDays,
        }));
        for (const r of rectifications) {
          events.push({
            application_id: app.id,
            type: 'RECTIFICATION_OPENED',
            matter_id: null,
            actor: 'system',
            at: now,
            payload: JSON.stringify({ rectificationId: r.id, department: r.department, dueAt: r.due_at }),
          });
        }
        if (rectifications.length > 0) await trx('rectifications').insert(rectifications);
        await trx('events').insert(events);
      });
    } catch (error) {
      // Two ratings at the same instant: the primary key keeps one.
      if (isUniqueViolation(error)) throw new DomainError('ALREADY_RATED');
      throw error;
    }
    return this.view(app, lang);
  }

  /**
   * The rating with the feedback of its rectifications (反馈), or 404 when not rated yet. An officer
   * (viewer with a department) sees the overall rating and only their own department's matter ratings and
   * rectifications.
   */
  async view(app: ApplicationRow, lang: Lang, viewer?: Principal) {
    const { db, catalog } = this.deps;
    const rating = (await db('ratings').where({ application_id: app.id }).first()) as RatingRow | undefined;
    if (!rating) throw new DomainError('RATING_NOT_FOUND', { id: app.id });
    const compiled = await catalog.compiledVersion(app.bundle_id, app.bundle_version);
    const order = compiled.bundle.matters.map((m) => m.matter);
    const own = (department: string) => viewer?.role !== 'officer' || viewer.department === department;
    const matters = ((await db('matter_ratings').where({ application_id: app.id })) as MatterRatingRow[])
      .filter((m) => own(m.department))
      .sort((a, b) => order.indexOf(a.matter_id) - order.indexOf(b.matter_id));
    const rectifications = ((await db('rectifications').where({ application_id: app.id }).orderBy('department')) as RectificationRow[]).filter((r) => own(r.department));
    return {
      applicationId: app.id,
      ratedAt: rating.rated_at,
      overall: { score: rating.overall_score, comment: rating.overall_comment },
      matters: matters.map((m) => ({
        matterId: m.matter_id,
        name: inLang(compiled.matters.get(m.matter_id)?.name, lang),
        department: m.department,
        departmentName: inLang(compiled.matters.get(m.matter_id)?.department.name, lang),
        score: m.score,
        comment: m.comment,
      })),
      rectifications: rectifications.map((r) => ({
        id: r.id,
        department: r.department,
        status: r.status,
        dueAt: r.due_at,
        dueAtProvisional: rectificationDueProvisional(r),
        answeredAt: r.answered_at,
        onTime: onTimeOf(r),
        answer: r.answer,
        measures: r.measures,
      })),
    };
  }
}
