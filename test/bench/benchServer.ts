// OneGo as a real server process for the benchmark: the same command as `npm start` and
// test/support/serverProcess.ts, on a SQLite file in a temp folder, with the runtime's durable defaults
// (WAL, synchronous=FULL) and its default log level (info: one JSON line per request). Its output goes to a
// file in the data folder rather than through a pipe into the load generator, as a server's log would.
// Each server gets its own example issuing system (examples/issuing-provider) in a process of its own, as a
// real one would be elsewhere: applications end in issuing (正在出证) until it answers, and its work
// (numbers, e-licence PDFs) is not the server's CPU time.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface BenchServer {
  url: string;
  pid: number;
  dataDir: string;
  databaseFile: string;
  logFile: string;
  stop(): Promise<number | null>;
}

/**
 * The server's clock starts at a fixed instant (ONEGO_TEST_CLOCK, running at the real pace from there) so
 * that deadlines stay within the calendar years the runtime ships whatever the date of the run; dev login
 * does not start the example data provider in-process (a production start has no such thing); the quotas
 * are off (the load submits far more per citizen than one person would); nothing else differs from a
 * production start.
 */
export const BENCH_ENV: Record<string, string> = {
  ONEGO_DEV_LOGIN: '1',
  ONEGO_EXAMPLE_DATA_PROVIDER: '0',
  ONEGO_LOG_LEVEL: 'info',
  ONEGO_SCHEDULER_INTERVAL_MS: '1000',
  ONEGO_TEST_CLOCK: '1',
  ONEGO_TEST_CLOCK_START: '2026-03-02T09:00:00+08:00',
  // A load submits many applications per simulated citizen and day: no quotas.
  ONEGO_QUOTA_APPLICATIONS_PER_DAY: '0',
  ONEGO_QUOTA_UPLOADS_PER_MATERIAL: '0',
  // /metrics for the benchmark's own scrapes (eventLoopDelay.ts).
  ONEGO_METRICS_TOKEN: 'onego-bench-metrics-token',
};

/** A free loopback port (the example issuing system takes its port from the environment). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The example issuing system in a process of its own; resolves once it listens. */
async function startIssuingSystem(): Promise<{ issueUrl: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'examples/issuing-provider/server.ts'], {
    env: { ...process.env, ISSUING_PROVIDER_HOST: '127.0.0.1', ISSUING_PROVIDER_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    const timeout = setTimeout(() => reject(new Error('the example issuing system did not start in 180 s')), 180_000);
    child.once('exit', (code) => reject(new Error(`the example issuing system exited with ${code}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (/is running at/.test(out)) {
        clearTimeout(timeout);
        resolve();
      }
    });
  });
  child.stdout?.resume();
  return { issueUrl: `http://127.0.0.1:${port}/issue`, child };
}

export const newDataDir = (): string => mkdtempSync(path.join(tmpdir(), 'onego-bench-'));

/**
 * `root`: the checkout whose runtime to start (default this one): `npm run bench:paired` starts another
 * version beside this one.
 */
export async function startBenchServer(options: { dataDir?: string; env?: Record<string, string>; nodeArgs?: string[]; root?: string } = {}): Promise<BenchServer> {
  const dataDir = options.dataDir ?? newDataDir();
  const databaseFile = path.join(dataDir, 'onego.sqlite');
  const logFile = path.join(dataDir, 'server.log');
  const logStart = existsSync(logFile) ? statSync(logFile).size : 0; // a restart on the same folder appends
  const issuing = await startIssuingSystem();
  const fd = openSync(logFile, 'a');
  let child: ChildProcess;
  try {
    child = spawn(process.execPath, [...(options.nodeArgs ?? []), '--import', 'tsx', 'runtime/src/main.ts'], {
      env: {
        ...process.env,
        ...BENCH_ENV,
        HOST: '127.0.0.1',
        PORT: '0',
        ONEGO_DATABASE_URL: `sqlite:${databaseFile}`,
        ONEGO_ISSUING_URL: issuing.issueUrl,
        ONEGO_OUTBOUND_ALLOW: '127.0.0.1',
        ...(options.env ?? {}),
      },
      stdio: ['ignore', fd, fd],
      ...(options.root ? { cwd: options.root } : {}),
    });
  } finally {
    closeSync(fd);
  }
  const log = () => readFileSync(logFile).subarray(logStart).toString('utf8');
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  void exited.then(() => issuing.child.kill('SIGTERM'));
  let stopped = false;
  void exited.then(() => (stopped = true));
  const url = await new Promise<string>((resolve, reject) => {
    const deadline = Date.now() + 180_000;
    const poll = () => {
      const match = /is running at (http:\/\/\S+)/.exec(log());
      if (match?.[1]) resolve(match[1]);
      else if (stopped) reject(new Error(`the server exited:\n${log().slice(-2000)}`));
      else if (Date.now() > deadline) reject(new Error(`the server did not start in 180 s:\n${log().slice(-2000)}`));
      else setTimeout(poll, 50);
    };
    poll();
  });
  return {
    url,
    pid: child.pid as number,
    dataDir,
    databaseFile,
    logFile,
    async stop() {
      if (stopped) return exited;
      child.kill('SIGTERM');
      const timeout = setTimeout(() => child.kill('SIGKILL'), 60_000);
      const code = await exited;
      clearTimeout(timeout);
      return code;
    },
  };
}
