// Memory and CPU time of a process, read from /proc (Linux).
import { readdirSync, readFileSync } from 'node:fs';

/** Resident memory now (VmRSS) and its peak (VmHWM), in bytes. */
export function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

/** CPU seconds used so far (user + system, all threads). */
export function cpuSecondsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticksPerSecond = 100;
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
}

export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/**
 * CPU seconds used so far by the JavaScript thread ("main") and by all the others together ("other":
 * libuv's pool, where SQLite runs its statements and commits, and V8's compiler and GC helpers; Node 20
 * names them all "node", so they are not told apart).
 */
export function threadCpuSecondsOf(pid: number): { main: number; other: number } {
  const totals = { main: 0, other: 0 };
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return totals;
  }
  for (const tid of tasks) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    } catch {
      continue; // the thread ended meanwhile
    }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    totals[tid === String(pid) ? 'main' : 'other'] += (Number(fields[11]) + Number(fields[12])) / 100;
  }
  return totals;
}
