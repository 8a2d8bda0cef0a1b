// 好差评 statistics per department, aggregated in SQL (portable: CASE, SUM, COUNT, GROUP BY; PostgreSQL
// returns sums as strings, hence Number()). A department's scores are its matters' scores and the overall
// scores of the applications it took part in (the overall rating is of the whole bundled service); a
// rectification counts in the period it was opened.
import type { Knex } from 'knex';
import type { Database } from '../db/createDatabase.ts';
import { BAD_SCORE } from '../ratings/ratingRules.ts';
import type { DateRange } from './dateRange.ts';
import { ratio, rounded } from './percentile.ts';

interface ScoreSums {
  count: number;
  total: number;
  bad: number;
}

interface ScoreRow {
  department: string;
  n: number | string;
  total: number | string | null;
  bad: number | string | null;
}

interface RectificationSumsRow {
  department: string;
  opened: number | string;
  open_count: number | string | null;
  overdue: number | string | null;
  answered: number | string | null;
  on_time: number | string | null;
  past_due: number | string | null;
}

const sums = (row: ScoreRow | undefined): ScoreSums => ({ count: Number(row?.n ?? 0), total: Number(row?.total ?? 0), bad: Number(row?.bad ?? 0) });
const scoreFigures = (s: ScoreSums) => ({ count: s.count, average: rounded(ratio(s.total, s.count)), badCount: s.bad });

function within(query: Knex.QueryBuilder, column: string, range: DateRange): Knex.QueryBuilder {
  if (range.from !== null) query.andWhere(column, '>=', range.from);
  if (range.to !== null) query.andWhere(column, '<=', range.to);
  return query;
}

/**
 * Per department (all, or only `department`): ratings count, average and bad count — overall, and split
 * into matter and overall scores — and the rectifications with the on-time rate: answered on time out of
 * those whose outcome is known (answered, or unanswered past the deadline at `now`).
 */
export async function ratingStats(db: Database, range: DateRange, now: string, department?: string) {
  const bad = (column: string) => db.raw(`sum(case when ${column} <= ? then 1 else 0 end) as bad`, [BAD_SCORE]);
  const matterQuery = db('matter_ratings').select('department', db.raw('count(*) as n'), db.raw('sum(score) as total'), bad('score')).groupBy('department');
  if (department !== undefined) matterQuery.where({ department });
  const involved = db('tasks').distinct('application_id', 'department').as('d');
  const overallQuery = db('ratings as r')
    .join(involved, 'd.application_id', 'r.application_id')
    .select('d.department as department', db.raw('count(*) as n'), db.raw('sum(r.overall_score) as total'), bad('r.overall_score'))
    .groupBy('d.department');
  if (department !== undefined) overallQuery.where('d.department', department);
  const rectificationQuery = db('rectifications')
    .select(
      'department',
      db.raw('count(*) as opened'),
      db.raw(`sum(case when status = 'open' then 1 else 0 end) as open_count`),
      db.raw(`sum(case when status = 'overdue' then 1 else 0 end) as overdue`),
      db.raw(`sum(case when status = 'answered' then 1 else 0 end) as answered`),
      db.raw(`sum(case when status = 'answered' and answered_on_time = ? then 1 else 0 end) as on_time`, [true]),
      db.raw(`sum(case when status <> 'answered' and due_at < ? then 1 else 0 end) as past_due`, [now]),
    )
    .groupBy('department');
  if (department !== undefined) rectificationQuery.where({ department });

  const [matterRows, overallRows, rectificationRows] = (await Promise.all([
    within(matterQuery, 'rated_at', range),
    within(overallQuery, 'r.rated_at', range),
    within(rectificationQuery, 'opened_at', range),
  ])) as [ScoreRow[], ScoreRow[], RectificationSumsRow[]];

  const departments = [...new Set([...matterRows, ...overallRows, ...rectificationRows].map((r) => r.department))].sort();
  return departments.map((id) => {
    const matters = sums(matterRows.find((r) => r.department === id));
    const overall = sums(overallRows.find((r) => r.department === id));
    const all = { count: matters.count + overall.count, total: matters.total + overall.total, bad: matters.bad + overall.bad };
    const r = rectificationRows.find((row) => row.department === id);
    const answered = Number(r?.answered ?? 0);
    const onTime = Number(r?.on_time ?? 0);
    return {
      department: id,
      ...scoreFigures(all),
      matterRatings: scoreFigures(matters),
      overallRatings: scoreFigures(overall),
      rectifications: {
        opened: Number(r?.opened ?? 0),
        open: Number(r?.open_count ?? 0),
        overdue: Number(r?.overdue ?? 0),
        answered,
        answeredOnTime: onTime,
        answeredLate: answered - onTime,
      },
      rectifiedOnTimeRate: rounded(ratio(onTime, answered + Number(r?.past_due ?? 0)), 4),
    };
  });
}
