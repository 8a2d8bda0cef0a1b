// The 办件统计 as it was before the statistics were aggregated in SQL (issue #15), kept for statsBench.ts
// to compare with: every finished application's row and snapshot loaded and counted in TypeScript.
//
// 办件统计 of one bundle: applications by status, how long the finished ones took in working days against
// the limit each was committed to, the on-time rate, the share of matters decided by rule (秒批) and the
// visits avoided (减跑动) — the real 减时间 next to the designed one. Counting is SQL (portable: GROUP BY,
// CASE, LIKE); what needs the working-day calendar or the engine's metrics is TypeScript.
import { localDateOf, type BundleMetrics, type MatterRecord, type WorkingDayCalendar } from '@onego/engine';
import type { Knex } from 'knex';
import type { BundleCatalog } from '../../runtime/src/bundles/bundleCatalog.ts';
import type { Database } from '../../runtime/src/db/createDatabase.ts';
import type { DateRange } from '../../runtime/src/stats/dateRange.ts';
import { mean, percentile, ratio, rounded } from '../../runtime/src/stats/percentile.ts';
import { applicationPauses, processingTime } from '../../runtime/src/stats/processingTime.ts';
import { snapshotOf } from '../../runtime/src/db/packedJson.ts';

/** Application statuses always listed, with 0 when none. */
const KNOWN_STATUSES = ['in_progress', 'awaiting_supplement', 'completed', 'rejected'];
/** The statuses of an application that ended (办结). */
const ENDED = ['completed', 'rejected'];

interface BundleStatsQuery {
  bundleId: string;
  /** Only applications of this published version; all versions when absent. */
  version?: number;
  /** Applications submitted in this range. */
  range: DateRange;
}

interface FinishedRow {
  bundle_version: number;
  answers: string;
  snapshot: string;
  snapshot_deflated: Buffer | null;
  created_at: string;
  updated_at: string;
}

export async function legacyBundleStats(db: Database, catalog: BundleCatalog, calendars: { forRegion(divisionCode: string | undefined): WorkingDayCalendar }, query: BundleStatsQuery) {
  /** The applications of the query, under the alias `a`. */
  const applications = (from: Knex.QueryBuilder): Knex.QueryBuilder => {
    from.where('a.bundle_id', query.bundleId);
    if (query.version !== undefined) from.andWhere('a.bundle_version', query.version);
    if (query.range.from !== null) from.andWhere('a.created_at', '>=', query.range.from);
    if (query.range.to !== null) from.andWhere('a.created_at', '<=', query.range.to);
    return from;
  };

  const byStatusRows = await applications(db('applications as a'))
    .select<{ status: string; n: number | string }[]>('a.status as status', db.raw('count(*) as n'))
    .groupBy('a.status');
  const byStatus: Record<string, number> = Object.fromEntries(KNOWN_STATUSES.map((s) => [s, 0]));
  for (const row of byStatusRows) byStatus[row.status] = Number(row.n);
  const total = byStatusRows.reduce((sum, row) => sum + Number(row.n), 0);

  const decided = (await applications(db('tasks as t').join('applications as a', 'a.id', 't.application_id'))
    .whereIn('t.status', ['approved', 'rejected'])
    // Decided by someone: an officer or a rule. Matters rejected because a dependency was rejected were
    // never decided (decided_by stays null).
    .whereNotNull('t.decided_by')
    .select(db.raw('count(*) as n'), db.raw(`sum(case when t.decided_by = 'rule' or t.decided_by like 'rule %' then 1 else 0 end) as by_rule`))
    .first()) as { n: number | string; by_rule: number | string | null } | undefined;
  const decidedMatters = Number(decided?.n ?? 0);
  const byRule = Number(decided?.by_rule ?? 0);

  // The engine's before/after metrics depend only on the version and the answers: one per distinct pair.
  const metricsCache = new Map<string, BundleMetrics>();
  const metricsOf = async (version: number, answers: string): Promise<BundleMetrics> => {
    const key = `${version}\n${answers}`;
    let metrics = metricsCache.get(key);
    if (!metrics) {
      metrics = (await catalog.compiledVersion(query.bundleId, version)).metrics(JSON.parse(answers));
      metricsCache.set(key, metrics);
    }
    return metrics;
  };

  const answerGroups = await applications(db('applications as a'))
    .select<{ bundle_version: number; answers: string; n: number | string }[]>('a.bundle_version as bundle_version', 'a.answers as answers', db.raw('count(*) as n'))
    .groupBy('a.bundle_version', 'a.answers');
  let visitsBefore = 0;
  let visitsAfter = 0;
  for (const group of answerGroups) {
    const { visits } = await metricsOf(Number(group.bundle_version), group.answers);
    visitsBefore += visits.before * Number(group.n);
    visitsAfter += visits.after * Number(group.n);
  }

  // When it ended is in the snapshot (completedAt, rejectedAt: the instant of its APPLICATION_COMPLETED or
  // APPLICATION_REJECTED event, which is no longer a row of its own: eventLog.ts).
  const finished = await applications(db('applications as a'))
    .whereIn('a.status', ENDED)
    .select<FinishedRow[]>('a.bundle_version as bundle_version', 'a.answers as answers', 'a.snapshot as snapshot', 'a.snapshot_deflated as snapshot_deflated', 'a.created_at as created_at', 'a.updated_at as updated_at');
  const days: number[] = [];
  const limits: number[] = [];
  const sequential: number[] = [];
  let onTime = 0;
  let provisional = 0;
  for (const row of finished) {
    const { workingDays } = await metricsOf(Number(row.bundle_version), row.answers);
    const compiled = await catalog.compiledVersion(query.bundleId, Number(row.bundle_version));
    const calendar = calendars.forRegion(compiled.bundle.region?.divisionCode);
    const { context } = snapshotOf<{ context: { matters: Record<string, MatterRecord | undefined>; completedAt?: string; rejectedAt?: string } }>(row, compiled);
    const endedAt = context.completedAt ?? context.rejectedAt ?? row.updated_at;
    if (calendar.isProvisional(localDateOf(row.created_at), localDateOf(endedAt))) provisional++;
    const pauses = applicationPauses(Object.values(context.matters).map((m) => m?.pauses ?? []), endedAt);
    const time = processingTime(row.created_at, endedAt, workingDays.after, calendar, pauses);
    days.push(time.workingDays);
    limits.push(workingDays.after);
    sequential.push(workingDays.before);
    if (time.onTime) onTime++;
  }

  const version = await catalog.version(query.bundleId, query.version);
  return {
    bundleId: query.bundleId,
    version: query.version ?? null,
    from: query.range.from,
    to: query.range.to,
    committedTimeLimit: version?.definition.bundle.timeLimits.committed ?? null,
    applications: { total, byStatus },
    processing: {
      finished: finished.length,
      workingDays: { median: rounded(percentile(days, 0.5)), p90: rounded(percentile(days, 0.9)), average: rounded(mean(days)) },
      committedWorkingDays: { before: rounded(mean(sequential)), after: rounded(mean(limits)) },
      onTime,
      onTimeRate: rounded(ratio(onTime, finished.length), 4),
      /** Of the finished: how many were counted over a year without a loaded holiday schedule (weekday rule). */
      provisional,
    },
    autoApproval: { decidedMatters, byRule, rate: rounded(ratio(byRule, decidedMatters), 4) },
    visits: {
      before: rounded(ratio(visitsBefore, total)),
      after: rounded(ratio(visitsAfter, total)),
      avoided: rounded(ratio(visitsBefore - visitsAfter, total)),
    },
  };
}
