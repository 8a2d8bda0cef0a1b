// Memory with many applications in flight: newborn applications are submitted over HTTP to a fresh server
// and left in progress (their first task pending), and the server's resident memory is sampled as they
// accumulate. The runtime keeps no actor between commands, so memory should not grow with their number.
// This measures memory, not speed: submissions go as fast as a few concurrent clients get them through.
import { performance } from 'node:perf_hooks';
import { rmSync } from 'node:fs';
import { startBenchServer } from './benchServer.ts';
import { newbornWorkload } from './newbornLoad.ts';
import { memoryOf } from './processStats.ts';

const CONCURRENCY = 16;

export interface InFlightResult {
  submitted: number;
  seconds: number;
  /** RSS after the first 1,000 submissions, at the end, and the peak (VmHWM), in bytes. */
  rssEarly: number;
  rssEnd: number;
  peak: number;
  /** RSS samples: applications in flight → bytes. */
  samples: { inFlight: number; rss: number }[];
  errors: number;
}

export async function inFlightMemory(count: number, log: (line: string) => void): Promise<InFlightResult> {
  const server = await startBenchServer();
  const session = await newbornWorkload(server, `in-flight-${Date.now()}`);
  const { workload } = session;
  try {
    let next = 0;
    let submitted = 0;
    let errors = 0;
    let rssEarly = Number.NaN;
    const samples: InFlightResult['samples'] = [];
    const started = performance.now();
    const deadline = started + Math.max(120_000, count * 20); // bounded: 20 ms per application at worst
    let lastLog = started;
    const sampler = setInterval(() => {
      samples.push({ inFlight: submitted, rss: memoryOf(server.pid).rss });
      if (performance.now() - lastLog > 30_000) {
        lastLog = performance.now();
        log(`  ${submitted.toLocaleString('en-US')} in flight, RSS ${(memoryOf(server.pid).rss / 1048576).toFixed(0)} MB`);
      }
    }, 1000);
    const worker = async () => {
      while (next < count && performance.now() < deadline) {
        const i = next++;
        const response = await workload.client.post('/api/applications', workload.body, workload.citizens[i % workload.citizens.length], { 'idempotency-key': `${workload.keyPrefix}-${i}` });
        if (response.status === 201) submitted++;
        else errors++;
        if (submitted === 1000) rssEarly = memoryOf(server.pid).rss;
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    clearInterval(sampler);
    const seconds = (performance.now() - started) / 1000;
    const memory = memoryOf(server.pid);
    samples.push({ inFlight: submitted, rss: memory.rss });
    return { submitted, seconds, rssEarly, rssEnd: memory.rss, peak: memory.peak, samples, errors };
  } finally {
    session.close();
    await server.stop();
    rmSync(server.dataDir, { recursive: true, force: true });
  }
}
