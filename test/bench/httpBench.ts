// The runtime part of `npm run bench`: HTTP load on loopback against real OneGo server processes (temp
// SQLite files, durable defaults: WAL, synchronous=FULL), with an open-loop generator.
//  1. storage baselines: the runtime's own rows for a newborn application (no engine, no HTTP), written
//     with plain knex, one transaction per command (node-sqlite3), and written the fastest durable way on
//     this machine (group commit of everything queued within 2 ms, better-sqlite3) — the true ceiling;
//  2. rate search: newborn applications arriving at a fixed rate, each submitted then approved through,
//     the rate stepped up until the server no longer keeps up — the maximum sustainable rate;
//  3. sustained run at that rate (10 minutes with --full): completed applications/s, backlog, memory;
//  4. latency at 50 % of the maximum: p50/p99 of submissions and decisions from their scheduled instant;
//  5. bytes on disk per completed application (after a checkpoint);
//  6. memory with many applications in flight;
//  7. inbox latency with 1,000,000 applications in the database.
// Every figure is a median or a percentile over many requests; every loop is bounded in count and time.
// Every load figure comes with the server's CPU time per completed application (/proc): on a shared machine
// it moves far less than the rates do.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BenchOptions } from './benchOptions.ts';
import { newDataDir, startBenchServer, type BenchServer } from './benchServer.ts';
import { readCapture } from './captureFile.ts';
import { describeCpuProfile, summarizeCpuProfile, type ProfileSummary } from './cpuProfile.ts';
import { diskUsage, type DiskUsage } from './databaseFile.ts';
import { inboxBench, INBOX_PATH, type InboxResult } from './inboxBench.ts';
import { inFlightMemory, type InFlightResult } from './inFlightMemory.ts';
import { newbornWorkload, runNewbornLoad, type LoadSession, type RunFigures } from './newbornLoad.ts';
import { ms } from './percentiles.ts';
import { cpuSecondsOf, mb, memoryOf } from './processStats.ts';
import { requestTimesByRoute } from './serverLog.ts';
import type { BaselineResult } from './replayTrace.ts';

const say = (line = '') => console.log(line);
const rate1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '—');
const int = (n: number) => Math.round(n).toLocaleString('en-US');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const MAX_STEPS = 12;
const INBOX_RATE = 20;

function runChild(script: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join('test/bench', script), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${script} exited with ${code}:\n${err.slice(-3000)}`))));
  });
}

const STEP_COLUMNS = ['arrivals/s', 'completed/s', 'CPU ms/application', 'writes/s', 'submit p50/p99', 'decision p50/p99', 'in flight early→late', 'verdict'];

function stepRow(f: RunFigures) {
  return {
    'arrivals/s': f.rate,
    'completed/s': rate1(f.completedPerSecond),
    'CPU ms/application': rate1(f.cpuMsPerApplication),
    'writes/s': int(f.writesPerSecond),
    'submit p50/p99': `${ms(f.submit.p50)} / ${ms(f.submit.p99)}`,
    'decision p50/p99': `${ms(f.decision.p50)} / ${ms(f.decision.p99)}`,
    'in flight early→late': `${f.backlog.early}→${f.backlog.late}`,
    verdict: f.problems.length === 0 ? 'keeps up' : f.problems.join('; '),
  };
}

/**
 * Steps the arrival rate up (×1.5) until the server no longer keeps up (down ×0.7 if it does not at the
 * start), then bisects between the highest rate kept up with and the lowest not, to within 8 %.
 */
async function findMaxRate(options: BenchOptions): Promise<{ max: number; steps: RunFigures[] }> {
  const server = await startBenchServer();
  const session = await newbornWorkload(server, `ramp-${Date.now()}`);
  const steps: RunFigures[] = [];
  try {
    await runNewbornLoad(session, Math.max(5, Math.round(options.rampStart / 2)), 3); // warm-up, not counted
    let pass: number | undefined;
    let fail: number | undefined;
    let rate = options.rampStart;
    for (let i = 0; i < MAX_STEPS; i++) {
      const figures = await runNewbornLoad(session, rate, options.stepS);
      steps.push(figures);
      say(`  ${Object.values(stepRow(figures)).join(' | ')}`);
      if (figures.problems.length === 0) pass = Math.max(pass ?? 0, rate);
      else fail = Math.min(fail ?? Infinity, rate);
      let next: number;
      if (fail === undefined) next = Math.round(rate * 1.5);
      else if (pass === undefined) next = Math.round(rate * 0.7);
      else if (pass < fail && (fail - pass) / pass > 0.08) next = Math.round((pass + fail) / 2);
      else break;
      if (next < 2 || next === rate) break;
      rate = next;
    }
    return { max: pass ?? 0, steps };
  } finally {
    session.close();
    await server.stop();
    rmSync(server.dataDir, { recursive: true, force: true });
  }
}

interface SustainedResult {
  figures: RunFigures;
  half?: RunFigures;
  rssMax: number;
  rssEnd: number;
  serverCpu: number;
  generatorCpu: number;
  disk: DiskUsage;
  routes: Awaited<ReturnType<typeof requestTimesByRoute>>;
  profile?: ProfileSummary;
}

async function sustainedRun(rate: number, options: BenchOptions, withHalf: boolean): Promise<SustainedResult> {
  const profileDir = options.profile ? mkdtempSync(path.join(tmpdir(), 'onego-bench-profile-')) : undefined;
  const server: BenchServer = await startBenchServer(profileDir ? { nodeArgs: ['--cpu-prof', '--cpu-prof-dir', profileDir] } : {});
  let session: LoadSession | undefined;
  try {
    session = await newbornWorkload(server, `sustained-${Date.now()}`);
    await runNewbornLoad(session, Math.max(5, Math.round(rate / 2)), 3); // warm-up
    let rssMax = 0;
    const sampler = setInterval(() => (rssMax = Math.max(rssMax, memoryOf(server.pid).rss)), 1000);
    const cpu0 = cpuSecondsOf(server.pid);
    const gen0 = process.cpuUsage();
    const from = new Date().toISOString();
    const figures = await runNewbornLoad(session, rate, options.durationS, { maxBacklogSeconds: 30 });
    const to = new Date().toISOString();
    const seconds = (figures.raw.drainedAt - figures.raw.startedAt) / 1000;
    const serverCpu = (cpuSecondsOf(server.pid) - cpu0) / seconds;
    const gen = process.cpuUsage(gen0);
    const generatorCpu = (gen.user + gen.system) / 1e6 / seconds;
    clearInterval(sampler);
    const rssEnd = memoryOf(server.pid).rss;
    let half: RunFigures | undefined;
    if (withHalf) half = await runNewbornLoad(session, Math.max(1, Math.round(rate / 2)), options.latencyS);
    session.close();
    session = undefined;
    await server.stop();
    const disk = await diskUsage(server.databaseFile);
    const routes = await requestTimesByRoute(server.logFile, from, to);
    const profile = profileDir ? summarizeCpuProfile(profileDir) : undefined;
    return { figures, ...(half ? { half } : {}), rssMax, rssEnd, serverCpu, generatorCpu, disk, routes, ...(profile ? { profile } : {}) };
  } finally {
    session?.close();
    await server.stop();
    rmSync(server.dataDir, { recursive: true, force: true });
  }
}

async function latencyOnly(rate: number, options: BenchOptions): Promise<RunFigures> {
  const server = await startBenchServer();
  const session = await newbornWorkload(server, `latency-${Date.now()}`);
  try {
    await runNewbornLoad(session, Math.max(5, Math.round(rate / 2)), 3);
    return await runNewbornLoad(session, rate, options.latencyS);
  } finally {
    session.close();
    await server.stop();
    rmSync(server.dataDir, { recursive: true, force: true });
  }
}

interface Target {
  target: string;
  measured: string;
  met: boolean | undefined;
  note?: string;
}

export async function runHttpBench(options: BenchOptions): Promise<void> {
  const work = newDataDir();
  const targets: Target[] = [];
  try {
    say(`\nOneGo runtime benchmark — ${options.full ? 'full' : 'quick'} run, node ${process.version}, loopback, open-loop arrivals; SQLite WAL + synchronous=FULL`);
    say('Recording what the runtime writes (in-process server, knex query log)…');
    const captureFile = path.join(work, 'capture.json');
    await runChild('captureTemplates.ts', [captureFile]);
    const capture = readCapture(captureFile);
    say(`  a newborn application: ${capture.trace.length} transactions, ${capture.trace.flat().length} statements; ${capture.templates.length} row templates`);

    let baseline: BaselineResult | undefined;
    let ceiling: BaselineResult | undefined;
    if (options.phases.has('baseline')) {
      const show = (b: BaselineResult) =>
        `  ${rate1(b.applicationsPerSecond)} completed applications/s = ${int(b.transactionsPerSecond)} transactions/s in ${int(b.commitsPerSecond)} commits/s ` +
        `(commit p50 ${ms(b.commit.p50)}, p99 ${ms(b.commit.p99)}, ${b.applications} applications); CPU ${b.cpuMsPerApplication.toFixed(2)} ms per application`;
      say(`\n1a. Storage baseline: the same rows with plain knex, one transaction per command, node-sqlite3 (${options.baselineS} s)`);
      baseline = JSON.parse(await runChild('storageBaseline.ts', ['per-command', captureFile, String(options.baselineS)])) as BaselineResult;
      say(show(baseline));
      say(`1b. True ceiling: the same rows, every transaction queued within 2 ms committed in one, better-sqlite3 (${options.baselineS} s)`);
      ceiling = JSON.parse(await runChild('storageBaseline.ts', ['ceiling', captureFile, String(options.baselineS)])) as BaselineResult;
      say(show(ceiling));
    }

    let max = options.rate;
    if (max === undefined && options.phases.has('ramp')) {
      say(`\n2. Maximum sustainable rate: arrivals stepped up, ${options.stepS} s per step (steady window: after the first fifth)`);
      say(`  ${STEP_COLUMNS.join(' | ')}`);
      const search = await findMaxRate(options);
      max = search.max;
      say(`  → maximum sustainable: ${max} applications/s`);
    }

    let half: RunFigures | undefined;
    let sustained: SustainedResult | undefined;
    if (max !== undefined && max > 0 && options.phases.has('sustained')) {
      say(`\n3. Sustained: ${max} applications/s for ${options.durationS} s on a fresh server${options.profile ? ' (CPU-profiled)' : ''}`);
      sustained = await sustainedRun(max, options, options.phases.has('latency'));
      const f = sustained.figures;
      say(`  completed ${rate1(f.completedPerSecond)}/s, ${int(f.writesPerSecond)} write requests/s (+ ${int(f.readsPerSecond)} reads/s); ${f.completed} completed, ${f.failed} failed, ${f.unfinished} unfinished`);
      say(`  latency from the scheduled instant: submit p50 ${ms(f.submit.p50)} p99 ${ms(f.submit.p99)}; decision p50 ${ms(f.decision.p50)} p99 ${ms(f.decision.p99)}; whole application p50 ${ms(f.application.p50)} p99 ${ms(f.application.p99)}`);
      const every = Math.max(1, Math.floor(f.raw.backlog.length / 10));
      say(`  in flight over time: ${f.raw.backlog.filter((_, i) => i % every === 0).map((s) => `${Math.round(s.t / 1000)}s:${s.inFlight}`).join(' ')}`);
      say(`  verdict: ${f.problems.length === 0 ? 'kept up, no growing backlog' : f.problems.join('; ')}`);
      say(`  CPU: server ${(sustained.serverCpu * 100).toFixed(0)} % of a core, load generator ${(sustained.generatorCpu * 100).toFixed(0)} % (2 cores, shared with whatever else runs)`);
      say(`  CPU per completed application: ${f.cpuMsPerApplication.toFixed(1)} ms of the server (all threads; submissions, decisions and the citizens' reads between rounds, no inbox polling)`);
      say(`  server RSS: max ${mb(sustained.rssMax)}, end ${mb(sustained.rssEnd)}`);
      say('  server-side time by route (request log, ms, whole ms):');
      for (const r of sustained.routes.slice(0, 6)) say(`    ${r.route.padEnd(40)} n=${int(r.server.count)} p50 ${r.server.p50} p99 ${r.server.p99}`);
      if (sustained.profile) for (const line of describeCpuProfile(sustained.profile)) say(`  ${line}`);
      const ok = f.problems.length === 0 && f.completedPerSecond >= 200;
      targets.push({
        target: '≥ 200 completed applications/s for 10 min, no growing backlog',
        measured: `${rate1(f.completedPerSecond)}/s at ${max}/s arrivals for ${Math.round((f.raw.arrivalsEndedAt - f.raw.startedAt) / 1000)} s (${int(f.writesPerSecond)} writes/s), in flight ${f.backlog.early}→${f.backlog.late}`,
        met: ok,
        ...(options.durationS < 600 ? { note: `ran ${options.durationS} s, not 10 min` } : {}),
      });
      if (ceiling) {
        const ratio = f.completedPerSecond / ceiling.applicationsPerSecond;
        targets.push({ target: '≥ 0.4 of the true ceiling (same run)', measured: `${ratio.toFixed(2)} (${rate1(f.completedPerSecond)} / ${rate1(ceiling.applicationsPerSecond)} per s)`, met: ratio >= 0.4 });
      }
      if (baseline) {
        const ratio = f.completedPerSecond / baseline.applicationsPerSecond;
        targets.push({ target: 'ratio to one transaction per command (not a ceiling)', measured: `${ratio.toFixed(2)} (${rate1(f.completedPerSecond)} / ${rate1(baseline.applicationsPerSecond)} per s)`, met: undefined });
      }
      targets.push({ target: '≤ 6 ms CPU per completed application', measured: `${f.cpuMsPerApplication.toFixed(1)} ms at ${max}/s (no inbox polling)`, met: f.cpuMsPerApplication <= 6 });
      const d = sustained.disk;
      const completed = d.applications['completed'] ?? 0;
      const perApp = (d.fileBytes + d.walBytes) / Math.max(1, completed);
      say(`\n5. Disk: ${mb(d.fileBytes + d.walBytes)} after a checkpoint for ${int(completed)} completed applications (${JSON.stringify(d.applications)}) → ${kb(perApp)} each`);
      const perApplication = (entries: Record<string, number>, top: number) =>
        Object.entries(entries)
          .sort((a, b) => b[1] - a[1])
          .slice(0, top)
          .map(([name, bytes]) => `${name} ${kb(bytes / Math.max(1, completed))}`)
          .join(', ');
      say(`  per application, by table with its indexes: ${perApplication(d.tables, 4)}`);
      say(`  by table or index: ${perApplication(d.objects, 12)}`);
      targets.push({ target: '≤ 8 KB on disk per completed application', measured: `${kb(perApp)} (${int(completed)} applications)`, met: perApp <= 8192 });
      half = sustained.half;
    } else if (max !== undefined && max > 0 && options.phases.has('latency')) {
      half = await latencyOnly(Math.max(1, Math.round(max / 2)), options);
    }
    if (half) {
      say(`\n4. Latency at 50 % of the maximum: ${half.rate} applications/s for ${options.latencyS} s`);
      say(`  submit p50 ${ms(half.submit.p50)} p99 ${ms(half.submit.p99)} (n=${half.submit.count}); decision p50 ${ms(half.decision.p50)} p99 ${ms(half.decision.p99)} (n=${half.decision.count}); read p99 ${ms(half.read.p99)}; CPU ${half.cpuMsPerApplication.toFixed(1)} ms per application`);
      if (half.problems.length > 0) say(`  problems: ${half.problems.join('; ')}`);
      targets.push({
        target: 'p99 ≤ 25 ms, submissions and decisions, at 50 % of max',
        measured: `submit ${ms(half.submit.p99)}, decision ${ms(half.decision.p99)} at ${half.rate}/s`,
        met: half.submit.p99 <= 25 && half.decision.p99 <= 25 && half.problems.length === 0,
      });
    }

    let memory: InFlightResult | undefined;
    if (options.phases.has('memory')) {
      say(`\n6. Memory: ${int(options.inFlight)} newborn applications submitted and left in flight (fresh server)`);
      memory = await inFlightMemory(options.inFlight, say);
      const step = Math.max(1, Math.floor(memory.samples.length / 8));
      say(`  ${int(memory.submitted)} submitted in ${memory.seconds.toFixed(0)} s (${memory.errors} errors); RSS after 1,000 ${mb(memory.rssEarly)}, at the end ${mb(memory.rssEnd)}, peak ${mb(memory.peak)}`);
      say(`  RSS by applications in flight: ${memory.samples.filter((_, i) => i % step === 0).map((s) => `${int(s.inFlight)}:${mb(s.rss)}`).join(' ')}`);
      targets.push({
        target: 'RSS ≤ 400 MB with 100k applications in flight',
        measured: `${mb(memory.rssEnd)} (peak ${mb(memory.peak)}) with ${int(memory.submitted)} in flight`,
        met: memory.rssEnd <= 400 * 1048576 && memory.peak <= 400 * 1048576 && memory.errors === 0,
        ...(options.inFlight < 100_000 ? { note: `at ${int(options.inFlight)}, not 100k` } : {}),
      });
    }

    let inbox: InboxResult | undefined;
    if (options.phases.has('inbox')) {
      say(`\n7. Inbox: ${int(options.inboxApplications)} applications seeded, then GET ${INBOX_PATH} at ${INBOX_RATE}/s for ${options.inboxS} s`);
      inbox = await inboxBench(capture, options.inboxApplications, options.inboxS, INBOX_RATE, say);
      const s = inbox.seed;
      say(
        `  seeding: ${int(s.applications)} applications (${Object.entries(s.byStatus).map(([k, v]) => `${k} ${int(v)}`).join(', ')}), ` +
          `${int(s.rows.tasks)} tasks, ${int(s.rows.events)} events, ${int(s.rows.timers)} timers in ${s.seconds.toFixed(0)} s ` +
          `(${int(s.rowsPerSecond)} rows/s, of which index build ${s.indexSeconds.toFixed(0)} s); file ${mb(inbox.fileBytes)}`,
      );
      say(`  officer of ${inbox.department} (${int(inbox.pendingTasks)} pending tasks), one page at a time: p50 ${ms(inbox.sequential.p50)} p99 ${ms(inbox.sequential.p99)} (n=${inbox.sequential.count})`);
      say(
        `  ${INBOX_RATE} pages/s, from the scheduled instant: p50 ${ms(inbox.latency.p50)} p99 ${ms(inbox.latency.p99)} max ${ms(inbox.latency.max)} (n=${inbox.latency.count}, ${inbox.errors} errors)` +
          `${inbox.overloaded ? ' — overloaded, stopped early: the server answers fewer pages per second than that' : ''}; server RSS ${mb(inbox.rss)}`,
      );
      for (const st of inbox.statements) {
        say(`  in SQLite alone: p50 ${ms(st.latency.p50)} p99 ${ms(st.latency.p99)}  ${st.sql}`);
        say(`    plan: ${st.plan.join(' / ')}`);
      }
      targets.push({
        target: 'inbox page p99 ≤ 20 ms at 1M applications',
        measured: `${ms(inbox.latency.p99)} at ${INBOX_RATE} pages/s${inbox.overloaded ? ' (overloaded)' : ''}, ${ms(inbox.sequential.p99)} one at a time; ${int(s.applications)} applications`,
        met: inbox.latency.p99 <= 20 && inbox.sequential.p99 <= 20 && inbox.errors === 0 && !inbox.overloaded,
        ...(options.inboxApplications < 1_000_000 ? { note: `at ${int(options.inboxApplications)}, not 1M` } : {}),
      });
    }

    say(`\nTargets (issues 4 and 19; this 2-core machine, shared)${options.full ? '' : ' — quick run: figures marked in the note are not at the target’s scale; npm run bench -- --full'}:`);
    console.table(
      targets.map((t) => ({
        target: t.target,
        measured: t.measured,
        met: t.met === undefined ? '—' : t.met ? 'met' : 'NO',
        note: t.note ?? '',
      })),
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
