// How long the finished applications of a query took (办理用时), aggregated by the database: count, median
// and p90 (PostgreSQL: percentile_cont; SQLite: one sorted column of numbers, interpolated the same way,
// percentile.ts), averages and the on-time count. What the database cannot know is handed to it as two
// small tables of parameters: the working-day calendar of the period, as a running count of working days
// per date (the working days from submission to the end are the difference of two counts), and each
// (version, answers) pair's committed limits from the engine's metrics. Only the applications that waited
// for the applicant (补正: the deadline moves, processingTime.ts) or ended before migration 027 (no ended_at:
// read from the snapshot) are counted in TypeScript, and their figures handed over the same way.
import { addCalendarDays, localDateOf, type CompiledBundle, type MatterRecord, type Pause, type WorkingDayCalendar } from '@onego/engine';
import type { Knex } from 'knex';
import type { Database } from '../db/createDatabase.ts';
import { isPostgres } from '../db/openDatabase.ts';
import { snapshotOf } from '../db/packedJson.ts';
import { percentileOfSorted } from './percentile.ts';
import { applicationPauses, processingTime } from './processingTime.ts';

/** The committed working days of one version and set of answers (engine metrics), and its calendar's region. */
interface CommittedLimits {
  /** Sequential: the included matters' own limits summed. */
  before: number;
  /** The critical path each application is held to. */
  after: number;
  calendar: WorkingDayCalendar;
  region: string;
}

/** The finished applications of one (version, answers): when the first was submitted and the last ended. */
export interface FinishedGroup {
  bundle_version: number;
  answers: string;
  first: string;
  /** Null when none has ended_at (all ended before migration 027). */
  last: string | null;
}

export interface ProcessingSources {
  /** The finished applications of the query (alias `a`). */
  finished: () => Knex.QueryBuilder;
  /** Their (version, answers) pairs, from the caller's one grouping query of the applications. */
  groups: readonly FinishedGroup[];
  limitsOf: (version: number, answers: string) => Promise<CommittedLimits>;
  compiledVersion: (version: number) => Promise<CompiledBundle>;
}

export interface ProcessingFigures {
  finished: number;
  median: number | null;
  p90: number | null;
  average: number | null;
  before: number | null;
  after: number | null;
  onTime: number;
  provisional: number;
}

/** A table's columns and their PostgreSQL types (for jsonb_to_recordset). */
type JsonColumns = Record<string, 'text' | 'integer'>;

/** Rows handed to the query as one JSON parameter, read as a table (PostgreSQL jsonb_to_recordset, SQLite json_each). */
function jsonTable(db: Database, columns: JsonColumns, rows: readonly Record<string, string | number>[]): Knex.Raw {
  const json = JSON.stringify(rows);
  const names = Object.keys(columns);
  if (isPostgres(db)) return db.raw(`select * from jsonb_to_recordset(?::jsonb) as t(${names.map((name) => `${name} ${columns[name]}`).join(', ')})`, [json]);
  return db.raw(`select ${names.map((name) => `json_extract(value, '$.${name}') as ${name}`).join(', ')} from json_each(?)`, [json]);
}

/** The China Standard Time date (YYYY-MM-DD) of a stored UTC instant column, in SQL (China keeps +08:00 all year). */
const localDateSql = (db: Database, column: string): string =>
  isPostgres(db) ? `to_char((${column}::timestamptz at time zone 'UTC') + interval '8 hours', 'YYYY-MM-DD')` : `date(${column}, '+8 hours')`;

/**
 * Each date from `first` to `last` of each region: w, the working days from `first` up to it (so that the
 * working days d with start < d ≤ end are w(end) − w(start), as WorkingDayCalendar.countWorkingDays counts);
 * working, whether it is one; and the provisional years (no holiday schedule loaded) counted the same way:
 * an application counted provisionally spans one when p(end) > p(start) − provisional(start).
 */
function calendarDays(calendars: ReadonlyMap<string, WorkingDayCalendar>, first: string, last: string) {
  const rows: { region: string; day: string; w: number; working: number; p: number; pb: number }[] = [];
  for (const [region, calendar] of calendars) {
    let w = 0;
    let p = 0;
    for (let day = first; day <= last; day = addCalendarDays(day, 1)) {
      const working = day !== first && calendar.isWorkingDay(day) ? 1 : 0;
      w += working;
      const provisional = calendar.isProvisional(day, day) ? 1 : 0;
      p += provisional;
      rows.push({ region, day, w, working: calendar.isWorkingDay(day) ? 1 : 0, p, pb: p - provisional });
    }
  }
  return rows;
}

/** The aggregates of the finished applications (numbers; PostgreSQL's bigint and numeric are read as numbers, openDatabase.ts). */
interface Sums {
  n: number;
  average: number | null;
  before: number | null;
  after: number | null;
  on_time: number | null;
  provisional: number | null;
  median?: number | null;
  p90?: number | null;
}

interface CountedRow {
  id: string;
  bundle_version: number;
  answers: string;
  created_at: string;
  ended_at: string | null;
  pauses: string | null;
  updated_at: string;
  snapshot: string;
  snapshot_deflated: Buffer | null;
}

type EndedContext = { context: { matters: Record<string, MatterRecord | undefined>; completedAt?: string; rejectedAt?: string } };

/** The figures of the applications the database cannot count alone: those that waited, and those ended before migration 027. */
async function countedInTypeScript(db: Database, sources: ProcessingSources) {
  // The snapshot only of those without ended_at.
  const waitedOrBefore030 = await sources
    .finished()
    .where((q) => void q.whereNotNull('a.pauses').orWhereNull('a.ended_at'))
    .select<CountedRow[]>(
      ...['id', 'bundle_version', 'answers', 'created_at', 'ended_at', 'pauses', 'updated_at'].map((c) => `a.${c} as ${c}`),
      db.raw(`case when a.ended_at is null then a.snapshot end as snapshot`),
      db.raw(`case when a.ended_at is null then a.snapshot_deflated end as snapshot_deflated`),
    );
  const rows: { id: string; days: number; on_time: number; provisional: number }[] = [];
  for (const row of waitedOrBefore030) {
    const limits = await sources.limitsOf(Number(row.bundle_version), row.answers);
    let endedAt = row.ended_at;
    let pauses: Pause[] = row.pauses === null ? [] : (JSON.parse(row.pauses) as Pause[]);
    if (endedAt === null) {
      // When it ended and its waits are in its snapshot.
      const { context } = snapshotOf<EndedContext>(row, await sources.compiledVersion(Number(row.bundle_version)));
      endedAt = context.completedAt ?? context.rejectedAt ?? row.updated_at;
      pauses = applicationPauses(Object.values(context.matters).map((m) => m?.pauses ?? []), endedAt);
    }
    const time = processingTime(row.created_at, endedAt, limits.after, limits.calendar, pauses);
    rows.push({
      id: row.id,
      days: time.workingDays,
      on_time: time.onTime ? 1 : 0,
      provisional: limits.calendar.isProvisional(localDateOf(row.created_at), localDateOf(endedAt)) ? 1 : 0,
    });
  }
  return rows;
}

/** The processing figures of the finished applications of `sources` (working days from submission to the end). */
export async function finishedProcessing(db: Database, sources: ProcessingSources): Promise<ProcessingFigures> {
  const pairs = sources.groups;
  if (pairs.length === 0) return { finished: 0, median: null, p90: null, average: null, before: null, after: null, onTime: 0, provisional: 0 };
  const first = pairs.reduce((min, pair) => (pair.first < min ? pair.first : min), pairs[0]?.first ?? '');
  const last = pairs.reduce((max, pair) => (pair.last !== null && pair.last > max ? pair.last : max), first);
  const limits: Record<string, string | number>[] = [];
  const calendars = new Map<string, WorkingDayCalendar>();
  for (const pair of pairs) {
    const found = await sources.limitsOf(Number(pair.bundle_version), pair.answers);
    calendars.set(found.region, found.calendar);
    limits.push({ version: Number(pair.bundle_version), answers: pair.answers, region: found.region, before: found.before, after: found.after });
  }
  const counted = await countedInTypeScript(db, sources);
  // The applications without ended_at are among those counted in TypeScript: the dates up to the last end suffice.
  const days = calendarDays(calendars, localDateOf(first), localDateOf(last));

  const perApplication = sources
    .finished()
    .join('l', (on) => void on.on('l.version', '=', 'a.bundle_version').andOn('l.answers', '=', 'a.answers'))
    .leftJoin('j', 'j.id', 'a.id')
    .leftJoin('d as s', (on) => void on.on('s.region', '=', 'l.region').andOn('s.day', '=', db.raw(localDateSql(db, 'a.created_at'))))
    .leftJoin('d as e', (on) => void on.on('e.region', '=', 'l.region').andOn('e.day', '=', db.raw(localDateSql(db, 'a.ended_at'))))
    .select(
      'l.before as before',
      'l.after as after',
      db.raw('coalesce(j.days, e.w - s.w) as days'),
      // On time: ended by the day the limit's last working day falls on (the end of the due day).
      db.raw('coalesce(j.on_time, case when e.w < s.w + l.after or (e.w = s.w + l.after and (e.day = s.day or e.working = 1)) then 1 else 0 end) as on_time'),
      db.raw('coalesce(j.provisional, case when e.p > s.pb then 1 else 0 end) as provisional'),
    );
  const withTables = (query: Knex.QueryBuilder): Knex.QueryBuilder =>
    query
      .with('d', jsonTable(db, { region: 'text', day: 'text', w: 'integer', working: 'integer', p: 'integer', pb: 'integer' }, days))
      .with('l', jsonTable(db, { version: 'integer', answers: 'text', region: 'text', before: 'integer', after: 'integer' }, limits))
      .with('j', jsonTable(db, { id: 'text', days: 'integer', on_time: 'integer', provisional: 'integer' }, counted))
      .with('f', perApplication);

  const postgres = isPostgres(db);
  const percentiles = postgres ? ['percentile_cont(0.5) within group (order by days) as median', 'percentile_cont(0.9) within group (order by days) as p90'] : [];
  const sums = await withTables(db.queryBuilder())
    .from('f')
    .first<Sums | undefined>(
      ...['count(*) as n', 'avg(days) as average', 'avg(before) as before', 'avg(after) as after', 'sum(on_time) as on_time', 'sum(provisional) as provisional', ...percentiles].map((sql) =>
        db.raw(sql),
      ),
    );
  if (!sums) throw new Error('an aggregate query answered no row');
  let median = sums.median ?? null;
  let p90 = sums.p90 ?? null;
  if (!postgres) {
    const sorted = (await withTables(db.queryBuilder()).from('f').select<{ days: number }[]>('days').orderBy('days')).map((row) => Number(row.days));
    median = percentileOfSorted(sorted, 0.5);
    p90 = percentileOfSorted(sorted, 0.9);
  }
  const number = (value: number | string | null | undefined): number | null => (value === null || value === undefined ? null : Number(value));
  return {
    finished: Number(sums.n),
    median: number(median),
    p90: number(p90),
    average: number(sums.average),
    before: number(sums.before),
    after: number(sums.after),
    onTime: Number(sums.on_time ?? 0),
    provisional: Number(sums.provisional ?? 0),
  };
}
