// Where a process's JavaScript thread spends its time, from a V8 .cpuprofile (node --cpu-prof): self time
// by package or source folder, and the busiest functions. SQLite itself runs on libuv's threads and does
// not appear here; compare the busy share with the process's CPU time (/proc) to see it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  file: string;
  totalMs: number;
  /** Share of the time the thread was idle (waiting for I/O, SQLite or requests). */
  idle: number;
  groups: { name: string; share: number }[];
  functions: { name: string; share: number }[];
}

function groupOf(url: string): string {
  if (!url) return '(native, GC, idle)';
  const file = url.replace(/^file:\/\//, '');
  const nodeModules = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(file);
  if (nodeModules?.[1]) return nodeModules[1];
  if (file.startsWith('node:')) return 'node (http, streams, …)';
  const relative = path.relative(process.cwd(), file);
  return relative.split(path.sep).slice(0, 3).join('/');
}

export function summarizeCpuProfile(folder: string, top = 15): ProfileSummary | undefined {
  const name = readdirSync(folder).find((f) => f.endsWith('.cpuprofile'));
  if (!name) return undefined;
  const profile = JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as Profile;
  const self = new Map<number, number>();
  profile.samples.forEach((node, i) => self.set(node, (self.get(node) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  let total = 0;
  let idle = 0;
  const groups = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const node of profile.nodes) {
    const us = self.get(node.id) ?? 0;
    total += us;
    const frame = node.callFrame;
    if (frame.functionName === '(idle)') {
      idle += us;
      continue;
    }
    const group = groupOf(frame.url);
    groups.set(group, (groups.get(group) ?? 0) + us);
    const where = frame.url ? `${path.relative(process.cwd(), frame.url.replace(/^file:\/\//, ''))}:${frame.lineNumber + 1}` : '';
    const key = `${frame.functionName || '(anonymous)'} ${where}`.trim();
    functions.set(key, (functions.get(key) ?? 0) + us);
  }
  const ranked = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([n, us]) => ({ name: n, share: us / total }));
  return { file: path.join(folder, name), totalMs: total / 1000, idle: idle / total, groups: ranked(groups), functions: ranked(functions) };
}
