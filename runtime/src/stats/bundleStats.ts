// 办件统计 of one bundle: applications by status, how long the finished ones took in working days against
// the limit each was committed to, the on-time rate, the share of matters decided by rule (秒批) and the
// visits avoided (减跑动) — the real 减时间 next to the designed one. Counting and aggregating are SQL
// (portable: GROUP BY, CASE, LIKE; the processing times: finishedProcessing.ts); the engine's metrics per
// distinct (version, answers) and the working-day calendar are computed here and handed to the queries.
import type { BundleMetrics, WorkingDayCalendar } from '@onego/engine';
import type { Knex } from 'knex';
import type { BundleCatalog } from '../bundles/bundleCatalog.ts';
import type { Database } from '../db/createDatabase.ts';
import type { DateRange } from './dateRange.ts';
import { finishedProcessing, type FinishedGroup } from './finishedProcessing.ts';
import { ratio, rounded } from './percentile.ts';

/** Application statuses always listed, with 0 when none. */
const KNOWN_STATUSES = ['in_progress', 'awaiting_supplement', 'completed', 'rejected'];
/** The statuses of an application that ended (办结). */
const ENDED = ['completed', 'rejected'];

/** The applications of one status, version and answers. */
interface GroupRow {
  status: string;
  bundle_version: number;
  answers: string;
  n: number | string;
  /** The first submitted. */
  first: string;
  /** The last ended (ended_at, migration 027), null when none has it. */
  last: string | null;
}

/** The later of two instants, either of which may be missing. */
const later = (a: string | null, b: string | null): string | null => (a === null ? b : b === null || a > b ? a : b);

export interface BundleStatsQuery {
  bundleId: string;
  /** Only applications of this published version; all versions when absent. */
  version?: number;
  /** Applications submitted in this range. */
  range: DateRange;
}

export async function bundleStats(db: Database, catalog: BundleCatalog, calendars: { forRegion(divisionCode: string | undefined): WorkingDayCalendar }, query: BundleStatsQuery) {
  /** The applications of the query, under the alias `a`. */
  const applications = (from: Knex.QueryBuilder): Knex.QueryBuilder => {
    from.where('a.bundle_id', query.bundleId);
    if (query.version !== undefined) from.andWhere('a.bundle_version', query.version);
    if (query.range.from !== null) from.andWhere('a.created_at', '>=', query.range.from);
    if (query.range.to !== null) from.andWhere('a.created_at', '<=', query.range.to);
    return from;
  };

  // One pass over the applications: by status and (version, answers) — the statuses, the visits (engine
  // metrics per answers) and the finished ones' pairs and period (finishedProcessing.ts).
  const groups = await applications(db('applications as a'))
    .groupBy('a.status', 'a.bundle_version', 'a.answers')
    .select<GroupRow[]>(
      'a.status as status',
      'a.bundle_version as bundle_version',
      'a.answers as answers',
      db.raw('count(*) as n'),
      db.raw('min(a.created_at) as first'),
      db.raw('max(a.ended_at) as last'),
    );
  const byStatus: Record<string, number> = Object.fromEntries(KNOWN_STATUSES.map((s) => [s, 0]));
  for (const row of groups) byStatus[row.status] = (byStatus[row.status] ?? 0) + Number(row.n);
  const total = groups.reduce((sum, row) => sum + Number(row.n), 0);
  const finishedGroups = new Map<string, FinishedGroup>();
  for (const row of groups.filter((g) => ENDED.includes(g.status))) {
    const key = `${row.bundle_version}\n${row.answers}`;
    const seen = finishedGroups.get(key);
    finishedGroups.set(key, { bundle_version: Number(row.bundle_version), answers: row.answers, first: seen && seen.first < row.first ? seen.first : row.first, last: later(seen?.last ?? null, row.last) });
  }

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

  let visitsBefore = 0;
  let visitsAfter = 0;
  for (const group of groups) {
    const { visits } = await metricsOf(Number(group.bundle_version), group.answers);
    visitsBefore += visits.before * Number(group.n);
    visitsAfter += visits.after * Number(group.n);
  }

  // How long the finished ones took: aggregated by the database (finishedProcessing.ts).
  const processing = await finishedProcessing(db, {
    finished: () => applications(db('applications as a')).whereIn('a.status', ENDED),
    groups: [...finishedGroups.values()],
    compiledVersion: (v) => catalog.compiledVersion(query.bundleId, v),
    limitsOf: async (v, answers) => {
      const { workingDays } = await metricsOf(v, answers);
      const region = (await catalog.compiledVersion(query.bundleId, v)).bundle.region?.divisionCode;
      return { before: workingDays.before, after: workingDays.after, region: region ?? '', calendar: calendars.forRegion(region) };
    },
  });

  const version = await catalog.version(query.bundleId, query.version);
  return {
    bundleId: query.bundleId,
    version: query.version ?? null,
    from: query.range.from,
    to: query.range.to,
    committedTimeLimit: version?.definition.bundle.timeLimits.committed ?? null,
    applications: { total, byStatus },
    processing: {
      finished: processing.finished,
      workingDays: { median: rounded(processing.median), p90: rounded(processing.p90), average: rounded(processing.average) },
      committedWorkingDays: { before: rounded(processing.before), after: rounded(processing.after) },
      onTime: processing.onTime,
      onTimeRate: rounded(ratio(processing.onTime, processing.finished), 4),
      /** Of the finished: how many were counted over a year without a loaded holiday schedule (weekday rule). */
      provisional: processing.provisional,
    },
    autoApproval: { decidedMatters, byRule, rate: rounded(ratio(byRule, decidedMatters), 4) },
    visits: {
      before: rounded(ratio(visitsBefore, total)),
      after: rounded(ratio(visitsAfter, total)),
      avoided: rounded(ratio(visitsBefore - visitsAfter, total)),
    },
  };
}
