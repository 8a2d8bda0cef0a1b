// `npm run bench:paired -- [--against DIR] [--rate N] [--duration S] [--rounds R]`: CPU per completed
// newborn application, measured the way a busy shared machine allows. This checkout's server (and, with
// --against, another checkout's, e.g. an export of the commit before a change, with node_modules) start
// on fresh SQLite files and take the same open-loop load at the same time, so that whatever else runs on
// the machine hits both alike. The rate should be one both keep up with: then every arrival completes and
// the CPU time per completed application (from /proc, all threads, with the JavaScript thread apart) is
// the cost of an application, which moves far less with the machine's load than the maximum rate does.
// Each round starts fresh servers; the medians of the rounds are reported.
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import path from 'node:path';
import { rmSync } from 'node:fs';
import { startBenchServer, type BenchServer } from './benchServer.ts';
import { newbornWorkload, runNewbornLoad, type LoadSession, type RunFigures } from './newbornLoad.ts';
import { median, ms } from './percentiles.ts';
import { cpuSecondsOf, threadCpuSecondsOf } from './processStats.ts';
import { readEventLoopWindow, startEventLoopWindow, type EventLoopDelay } from './eventLoopDelay.ts';

const USAGE = `npm run bench:paired -- [options]
  --against DIR   another checkout to run beside this one (its runtime/src/main.ts, its node_modules)
  --rate N        applications arriving per second at each server (default 12)
  --duration S    seconds of arrivals per round (default 40)
  --rounds R      rounds, each on fresh servers (default 3)
  --warmup S      seconds of load before each measurement, at half the rate (default 30: V8 is still
                  optimising the server's code for about the first minute, and that costs CPU too)
  --env K=V       environment of this checkout's server only (repeatable), to compare settings`;

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    against: { type: 'string' },
    rate: { type: 'string' },
    duration: { type: 'string' },
    rounds: { type: 'string' },
    warmup: { type: 'string' },
    env: { type: 'string', multiple: true },
    help: { type: 'boolean', default: false },
  },
  strict: true,
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const rate = Number(values.rate ?? 12);
const duration = Number(values.duration ?? 40);
const rounds = Number(values.rounds ?? 3);
const warmup = Number(values.warmup ?? 30);
if (![rate, duration, rounds, warmup].every((n) => Number.isFinite(n) && n > 0)) throw new Error(USAGE);
const env = Object.fromEntries(
  (values.env ?? []).map((pair) => {
    const at = pair.indexOf('=');
    if (at < 1) throw new Error(`--env needs KEY=VALUE, not ${pair}\n${USAGE}`);
    return [pair.slice(0, at), pair.slice(at + 1)];
  }),
);

interface Side {
  name: string;
  root?: string;
  env?: Record<string, string>;
}

interface Measured {
  figures: RunFigures;
  /** CPU milliseconds per completed application: all threads, the JavaScript thread, the others. */
  cpuMs: number;
  mainMs: number;
  otherMs: number;
  /** The server's event-loop delay over the measured window. */
  loop: EventLoopDelay;
}

const sides: Side[] = [{ name: Object.keys(env).length > 0 ? `this checkout (${Object.entries(env).map(([k, v]) => `${k}=${v}`).join(' ')})` : 'this checkout', env }, ...(values.against ? [{ name: path.basename(path.resolve(values.against)), root: path.resolve(values.against) }] : [])];

async function measure(server: BenchServer, session: LoadSession): Promise<Measured> {
  const cpu0 = cpuSecondsOf(server.pid);
  const threads0 = threadCpuSecondsOf(server.pid);
  await startEventLoopWindow(server.url);
  const figures = await runNewbornLoad(session, rate, duration, { maxBacklogSeconds: 30 });
  const loop = await readEventLoopWindow(server.url);
  // Arrivals are drained by now: every completed application's work is in the CPU time.
  const cpu = cpuSecondsOf(server.pid) - cpu0;
  const threads = threadCpuSecondsOf(server.pid);
  const per = (seconds: number) => (1000 * seconds) / Math.max(1, figures.completed);
  return { figures, cpuMs: per(cpu), mainMs: per(threads.main - threads0.main), otherMs: per(threads.other - threads0.other), loop };
}

const results = new Map<string, Measured[]>(sides.map((s) => [s.name, []]));
console.log(`Paired runs: ${sides.map((s) => s.name).join(' and ')}, ${rate} newborn applications/s each, ${duration} s after ${warmup} s of warm-up, ${rounds} rounds`);
for (let round = 1; round <= rounds; round++) {
  const servers = await Promise.all(sides.map((side) => startBenchServer({ ...(side.root ? { root: side.root } : {}), ...(side.env ? { env: side.env } : {}) })));
  const sessions: LoadSession[] = [];
  try {
    for (const server of servers) sessions.push(await newbornWorkload(server, `paired-${round}-${performance.now().toFixed(0)}`));
    await Promise.all(sessions.map((session) => runNewbornLoad(session, Math.max(5, Math.round(rate / 2)), warmup)));
    const measured = await Promise.all(servers.map((server, i) => measure(server, sessions[i] as LoadSession)));
    measured.forEach((m, i) => {
      const side = sides[i] as Side;
      results.get(side.name)?.push(m);
      const f = m.figures;
      console.log(
        `  round ${round} ${side.name.padEnd(16)} completed ${f.completed} (${f.completedPerSecond.toFixed(1)}/s), failed ${f.failed}; ` +
          `CPU ${m.cpuMs.toFixed(1)} ms per application (JS thread ${m.mainMs.toFixed(1)}, other threads ${m.otherMs.toFixed(1)}); ` +
          `submit p50/p99 ${ms(f.submit.p50)} / ${ms(f.submit.p99)}, decision ${ms(f.decision.p50)} / ${ms(f.decision.p99)}; ` +
          `event-loop delay p50/p99/max ${ms(m.loop.p50)} / ${ms(m.loop.p99)} / ${ms(m.loop.max)}` +
          `${f.problems.length > 0 ? `; ${f.problems.join('; ')}` : ''}`,
      );
    });
  } finally {
    for (const session of sessions) session.close();
    for (const server of servers) {
      await server.stop();
      rmSync(server.dataDir, { recursive: true, force: true });
    }
  }
}

console.log('Medians of the rounds:');
const medians = sides.map((side) => {
  const list = results.get(side.name) ?? [];
  const m = {
    cpu: median(list.map((r) => r.cpuMs)),
    main: median(list.map((r) => r.mainMs)),
    other: median(list.map((r) => r.otherMs)),
    submitP99: median(list.map((r) => r.figures.submit.p99)),
    decisionP99: median(list.map((r) => r.figures.decision.p99)),
    completedPerSecond: median(list.map((r) => r.figures.completedPerSecond)),
    loopP99: median(list.map((r) => r.loop.p99)),
    loopMax: median(list.map((r) => r.loop.max)),
  };
  console.log(
    `  ${side.name.padEnd(16)} CPU ${m.cpu.toFixed(1)} ms per application (JS thread ${m.main.toFixed(1)}, other threads ${m.other.toFixed(1)}); ` +
      `p99 submit ${ms(m.submitP99)}, decision ${ms(m.decisionP99)}; completed ${m.completedPerSecond.toFixed(1)}/s; event-loop delay p99 ${ms(m.loopP99)}, max ${ms(m.loopMax)}`,
  );
  return m;
});
if (medians.length === 2) {
  const ratios = (results.get(sides[0]?.name ?? '') ?? []).map((r, i) => r.cpuMs / ((results.get(sides[1]?.name ?? '') ?? [])[i]?.cpuMs ?? Number.NaN));
  console.log(`  CPU per application, this checkout / ${sides[1]?.name}: ${ratios.map((r) => r.toFixed(2)).join(', ')} (median ${median(ratios).toFixed(2)})`);
  const ratiosOf = (of: (m: Measured) => number) => (results.get(sides[0]?.name ?? '') ?? []).map((r, i) => of(r) / of((results.get(sides[1]?.name ?? '') ?? [])[i] as Measured));
  const completed = ratiosOf((m) => m.figures.completedPerSecond);
  console.log(`  completed applications/s, this checkout / ${sides[1]?.name}: ${completed.map((r) => r.toFixed(2)).join(', ')} (median ${median(completed).toFixed(2)})`);
}
