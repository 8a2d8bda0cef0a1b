// `npm run bench:costs -- [--against DIR] [--idle S] [--polls N] [--rounds R]`: what a server costs when
// nothing happens, and what one officer's poll of an empty inbox costs, in CPU time of the server process
// (/proc, all threads) — figures that a busy shared machine moves far less than it moves rates. With
// --against, another checkout's server runs beside this one at the same time (as in bench:paired).
//  - idle: CPU milliseconds per second of a server that serves nothing for S seconds (its background
//    passes: deadline timers, notifications, webhooks, issuance, metrics);
//  - poll: CPU milliseconds per GET /api/tasks?status=pending of an officer whose department has no task,
//    N polls one after another, minus what the server burns idle over the same time.
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import path from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { startBenchServer, type BenchServer } from './benchServer.ts';
import { describeCpuProfile, summarizeCpuProfile } from './cpuProfile.ts';
import { LoadClient } from './loadClient.ts';
import { median } from './percentiles.ts';
import { cpuSecondsOf } from './processStats.ts';

const USAGE = `npm run bench:costs -- [options]
  --against DIR   another checkout to run beside this one (its runtime/src/main.ts, its node_modules)
  --idle S        seconds of the idle window (default 60)
  --polls N       inbox polls (default 2000, after 300 to warm up)
  --rounds R      rounds, each on fresh servers (default 1)
  --profile       CPU-profile this checkout's server (node --cpu-prof) and print where its time went`;

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    against: { type: 'string' },
    idle: { type: 'string' },
    polls: { type: 'string' },
    rounds: { type: 'string' },
    profile: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
  strict: true,
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const idleS = Number(values.idle ?? 60);
const polls = Number(values.polls ?? 2000);
const rounds = Number(values.rounds ?? 1);
if (![idleS, polls, rounds].every((n) => Number.isFinite(n) && n > 0)) throw new Error(USAGE);

const readLoad = () => loadavg().map((l) => l.toFixed(1)).join(' ');
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const INBOX = '/api/tasks?status=pending&page=1&pageSize=20';

interface Costs {
  /** CPU ms per second, idle. */
  idle: number;
  /** CPU ms per poll, less the idle rate over the polls' time. */
  poll: number;
  /** CPU ms per poll as measured. */
  pollRaw: number;
}

/** An officer of the first department (a fresh database has no task: its inbox is empty). */
async function emptyInboxOfficer(client: LoadClient): Promise<string> {
  const departments = await client.get<{ id: string }[]>('/api/departments');
  const department = departments.body[0]?.id;
  if (departments.status !== 200 || !department) throw new Error(`GET /api/departments answered ${departments.status}`);
  return client.login('officer', 'bench-costs-officer', department);
}

async function pollInbox(client: LoadClient, token: string, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const response = await client.get<unknown[]>(INBOX, token);
    if (response.status !== 200 || !Array.isArray(response.body) || response.body.length !== 0) throw new Error(`the inbox answered ${response.status}, not an empty page`);
  }
}

async function idleCost(server: BenchServer): Promise<number> {
  const cpu0 = cpuSecondsOf(server.pid);
  const t0 = performance.now();
  await sleep(idleS * 1000);
  return (1000 * (cpuSecondsOf(server.pid) - cpu0)) / ((performance.now() - t0) / 1000);
}

async function pollCost(server: BenchServer, client: LoadClient, token: string, idle: number): Promise<{ poll: number; pollRaw: number }> {
  const cpu0 = cpuSecondsOf(server.pid);
  const t0 = performance.now();
  await pollInbox(client, token, polls);
  const seconds = (performance.now() - t0) / 1000;
  const cpuMs = 1000 * (cpuSecondsOf(server.pid) - cpu0);
  return { pollRaw: cpuMs / polls, poll: (cpuMs - idle * seconds) / polls };
}

const sides = [{ name: 'this checkout' }, ...(values.against ? [{ name: path.basename(path.resolve(values.against)), root: path.resolve(values.against) }] : [])];
const results = sides.map(() => [] as Costs[]);
console.log(`CPU costs: ${sides.map((s) => s.name).join(' and ')} at the same time; idle ${idleS} s, ${polls} polls of an empty inbox, ${rounds} round(s); load average ${readLoad()}`);
for (let round = 1; round <= rounds; round++) {
  const profileDir = values.profile ? mkdtempSync(path.join(tmpdir(), 'onego-costs-profile-')) : undefined;
  const servers = await Promise.all(
    sides.map((side) => startBenchServer('root' in side ? { root: side.root } : profileDir ? { nodeArgs: ['--cpu-prof', '--cpu-prof-dir', profileDir] } : {})),
  );
  const clients = servers.map((server) => new LoadClient(server.url));
  try {
    const tokens = await Promise.all(clients.map((client) => emptyInboxOfficer(client)));
    // Warm up the inbox route's code, then let the start-up work (migrations, catalogue, V8's compiler) settle.
    await Promise.all(clients.map((client, i) => pollInbox(client, tokens[i] as string, 300)));
    await sleep(10_000);
    const idle = await Promise.all(servers.map((server) => idleCost(server)));
    const poll = await Promise.all(servers.map((server, i) => pollCost(server, clients[i] as LoadClient, tokens[i] as string, idle[i] as number)));
    sides.forEach((side, i) => {
      const costs = { idle: idle[i] as number, ...(poll[i] as { poll: number; pollRaw: number }) };
      results[i]?.push(costs);
      console.log(`  round ${round} ${side.name.padEnd(16)} idle ${costs.idle.toFixed(2)} ms CPU per second; empty-inbox poll ${costs.poll.toFixed(3)} ms CPU (${costs.pollRaw.toFixed(3)} before taking off the idle rate); load ${readLoad()}`);
    });
  } finally {
    for (const client of clients) client.close();
    for (const server of servers) {
      await server.stop();
      rmSync(server.dataDir, { recursive: true, force: true });
    }
  }
  const profile = profileDir ? summarizeCpuProfile(profileDir, 25) : undefined;
  if (profile) console.log(describeCpuProfile(profile).join('\n'));
}
if (rounds > 1) {
  console.log('Medians of the rounds:');
  sides.forEach((side, i) => {
    const list = results[i] ?? [];
    const range = (of: (c: Costs) => number, digits: number) => `${median(list.map(of)).toFixed(digits)} (${Math.min(...list.map(of)).toFixed(digits)}–${Math.max(...list.map(of)).toFixed(digits)})`;
    console.log(`  ${side.name.padEnd(16)} idle ${range((c) => c.idle, 2)} ms CPU per second; empty-inbox poll ${range((c) => c.poll, 3)} ms CPU`);
  });
}
