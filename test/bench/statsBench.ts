// The 办件统计 of a bundle at scale, before and after it was aggregated in SQL (issue #15), on a real
// PostgreSQL (test/support/postgresServer.ts): a OneGo server completes a few newborn applications through
// the API, the finished rows are cloned with SQL to `--applications` (default 100,000) spread over 2026
// with processing times of 0–8 days (one in 50 with a wait for the applicant), and both versions of
// GET /api/stats/bundles/henan-newborn's computation run in this process, in turns, `--runs` times each:
// the old one (legacyBundleStats.ts: every finished row and snapshot loaded, counted in TypeScript) and
// the current one (stats/bundleStats.ts). Prints the median and each run in milliseconds, and the ratio.
// The clones keep their original's snapshot, so the old computation's end instants (read from it) differ
// from the clones' ended_at: the figures are not compared here (test/api/bundleStats.test.ts does that).
// `npm run bench:stats [-- --applications 100000 --runs 5]`
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import knex from 'knex';
import { BundleCatalog } from '../../runtime/src/bundles/bundleCatalog.ts';
import { CalendarBook } from '../../runtime/src/calendars/calendarBook.ts';
import { readStoredCalendars } from '../../runtime/src/calendars/calendarStore.ts';
import { bundleStats } from '../../runtime/src/stats/bundleStats.ts';
import { newbornSample } from '../support/applicationViews.ts';
import { startPostgres } from '../support/postgresServer.ts';
import { client, startServerProcess } from '../support/serverProcess.ts';
import { legacyBundleStats } from './legacyBundleStats.ts';

const { values } = parseArgs({ options: { applications: { type: 'string', default: '100000' }, runs: { type: 'string', default: '5' } } });
const APPLICATIONS = Number(values.applications);
const RUNS = Number(values.runs);
const BUNDLE = 'henan-newborn';

interface View {
  status: string;
  matters: { matterId: string; status: string; taskId?: string; department: string }[];
}

/** Submits a newborn application and approves what is pending until it completes. */
async function completedApplication(api: ReturnType<typeof client>, key: string, sample: ReturnType<typeof newbornSample>): Promise<void> {
  const citizen = await api.login('citizen', 'citizen-stats-bench');
  const submitted = await api.post<{ id: string }>('/api/applications', { bundleId: BUNDLE, ...sample }, citizen, { 'idempotency-key': key });
  if (submitted.status !== 201) throw new Error(`submission failed: ${JSON.stringify(submitted.body)}`);
  for (let round = 0; round < 20; round++) {
    const view = (await api.get<View>(`/api/applications/${submitted.body.id}`, citizen)).body;
    if (view.status === 'completed') return;
    for (const matter of view.matters.filter((m) => m.status === 'pending')) {
      const officer = await api.login('officer', `officer-${matter.department}`, matter.department);
      const decided = await api.post(`/api/tasks/${matter.taskId ?? ''}/decision`, { decision: 'approve' }, officer);
      if (decided.status !== 200) throw new Error(`decision failed: ${JSON.stringify(decided.body)}`);
    }
  }
  throw new Error('the application did not complete');
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

async function main(): Promise<void> {
  const postgres = await startPostgres();
  try {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'onego-stats-bench-'));
    const server = await startServerProcess({ ONEGO_DATABASE_URL: postgres.url, ONEGO_TEST_CLOCK: '1', ONEGO_TEST_CLOCK_START: '2026-04-27T09:00:00+08:00' }, dataDir);
    try {
      const api = client(server.url);
      const single = newbornSample('valid-single-birth');
      await completedApplication(api, 'a', single);
      await completedApplication(api, 'b', { ...single, answers: { ...single.answers, needSocialSecurityCard: false } });
    } finally {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }

    const db = knex({ client: 'pg', connection: postgres.url, pool: { min: 0, max: 4 } });
    try {
      const columns = ((await db('information_schema.columns').where({ table_name: 'applications' }).pluck('column_name')) as string[]).filter((c) => c !== 'id');
      const templates = Number((await db('applications').count<{ n: string | number }[]>('* as n'))[0]?.n);
      const copies = Math.ceil(APPLICATIONS / templates);
      const overrides: Record<string, string> = {
        applicant: `'bench-' || g`,
        idempotency_key: `'bench-' || g || '-' || a.id`,
        created_at: `to_char(t.submitted, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
        updated_at: `to_char(t.submitted + t.took, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
        ended_at: `to_char(t.submitted + t.took, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
        pauses: `case when g % 50 = 0 then '[{"from":"' || to_char(t.submitted + interval '1 day', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '","to":"' || to_char(t.submitted + interval '2 days', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"}]' else null end`,
      };
      const seeded = performance.now();
      await db.raw(
        `insert into applications (id, ${columns.join(', ')})
         select gen_random_uuid()::text, ${columns.map((c) => overrides[c] ?? `a.${c}`).join(', ')}
         from applications a cross join generate_series(1, ?) g
         cross join lateral (select timestamp '2026-01-05 01:00' + (g % 330) * interval '1 day' + (g % 11) * interval '1 hour' as submitted, (g % 9) * interval '1 day' + interval '3 hours' as took) t`,
        [copies],
      );
      await db.raw('analyze applications');
      const total = Number((await db('applications').count<{ n: string | number }[]>('* as n'))[0]?.n);
      console.log(`seeded ${total} finished applications in ${((performance.now() - seeded) / 1000).toFixed(1)} s`);

      const catalog = new BundleCatalog(db);
      const calendars = new CalendarBook(await readStoredCalendars(db));
      const query = { bundleId: BUNDLE, range: { from: null, to: null } };
      const times: Record<'before' | 'after', number[]> = { before: [], after: [] };
      // One of each first, not timed: the catalog compiles the versions, the caches warm.
      await legacyBundleStats(db, catalog, calendars, query);
      await bundleStats(db, catalog, calendars, query);
      for (let run = 0; run < RUNS; run++) {
        let began = performance.now();
        const before = await legacyBundleStats(db, catalog, calendars, query);
        times.before.push(performance.now() - began);
        began = performance.now();
        const after = await bundleStats(db, catalog, calendars, query);
        times.after.push(performance.now() - began);
        if (before.processing.finished !== after.processing.finished) throw new Error(`finished: ${before.processing.finished} before, ${after.processing.finished} after`);
      }
      // Where the current one's time goes: each query's time from knex's events, in one more run.
      const started = new Map<string, number>();
      const queries: { sql: string; ms: number }[] = [];
      db.on('query', (q: { __knexQueryUid: string }) => started.set(q.__knexQueryUid, performance.now()));
      db.on('query-response', (_response: unknown, q: { __knexQueryUid: string; sql: string }) => {
        queries.push({ sql: q.sql.replace(/\s+/g, ' ').slice(0, 120), ms: performance.now() - (started.get(q.__knexQueryUid) ?? performance.now()) });
      });
      const began = performance.now();
      await bundleStats(db, catalog, calendars, query);
      const whole = performance.now() - began;
      db.removeAllListeners('query');
      db.removeAllListeners('query-response');
      console.log(`one more run of the current one: ${Math.round(whole)} ms, of which in queries:`);
      for (const q of queries.sort((a, b) => b.ms - a.ms)) console.log(`  ${Math.round(q.ms)} ms  ${q.sql}`);
      const round = (ms: number) => Math.round(ms);
      console.log(
        JSON.stringify(
          {
            applications: total,
            runs: RUNS,
            beforeMs: { median: round(median(times.before)), runs: times.before.map(round) },
            afterMs: { median: round(median(times.after)), runs: times.after.map(round) },
            ratio: Math.round((median(times.before) / median(times.after)) * 10) / 10,
          },
          null,
          2,
        ),
      );
    } finally {
      await db.destroy();
    }
  } finally {
    postgres.stop();
  }
}

await main();
