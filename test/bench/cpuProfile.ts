// Where a process's JavaScript thread spends its time, from a V8 .cpuprofile (node --cpu-prof): self time
// by package or source folder, by phase of the work (profilePhases.ts), and the busiest functions. SQLite
// itself runs on libuv's threads and does not appear here; compare the busy share with the process's CPU
// time (/proc) to see it.
// `node --import tsx test/bench/cpuProfile.ts <folder or .cpuprofile>` prints the tables of a profile.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { phaseOf, type Frame } from './profilePhases.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
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
  /** Every phase, busiest first (shares of the busy time). */
  phases: { name: string; share: number }[];
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

/** The stack of every node, leaf first. */
function stacksOf(nodes: ProfileNode[]): Map<number, Frame[]> {
  const parent = new Map<number, number>();
  for (const node of nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const stacks = new Map<number, Frame[]>();
  for (const node of nodes) {
    const frames: Frame[] = [];
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id)?.callFrame;
      if (frame) frames.push({ functionName: frame.functionName, url: frame.url.replace(/^file:\/\//, '') });
    }
    stacks.set(node.id, frames);
  }
  return stacks;
}

/** `where`: a .cpuprofile file, or a folder holding one. */
export function summarizeCpuProfile(where: string, top = 15): ProfileSummary | undefined {
  const name = statSync(where).isDirectory() ? readdirSync(where).find((f) => f.endsWith('.cpuprofile')) : path.basename(where);
  if (!name) return undefined;
  const folder = statSync(where).isDirectory() ? where : path.dirname(where);
  const profile = JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as Profile;
  const stacks = stacksOf(profile.nodes);
  const phases = new Map<string, number>();
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
    const phase = phaseOf(stacks.get(node.id) ?? []);
    phases.set(phase, (phases.get(phase) ?? 0) + us);
    const group = groupOf(frame.url);
    groups.set(group, (groups.get(group) ?? 0) + us);
    const where = frame.url ? `${path.relative(process.cwd(), frame.url.replace(/^file:\/\//, ''))}:${frame.lineNumber + 1}` : '';
    const key = `${frame.functionName || '(anonymous)'} ${where}`.trim();
    functions.set(key, (functions.get(key) ?? 0) + us);
  }
  const busy = total - idle;
  const ranked = (m: Map<string, number>, count = top) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([n, us]) => ({ name: n, share: us / busy }));
  return { file: path.join(folder, name), totalMs: total / 1000, idle: idle / total, groups: ranked(groups), phases: ranked(phases, phases.size), functions: ranked(functions) };
}

/** The summary as text: busy share, then tables by package, by phase, and the busiest functions. */
export function describeCpuProfile(p: ProfileSummary): string[] {
  const percent = (share: number) => `${(100 * share).toFixed(1).padStart(5)}%`;
  return [
    `CPU profile of the server's JS thread (${p.file}): ${(100 * (1 - p.idle)).toFixed(0)} % busy of ${Math.round(p.totalMs)} ms; shares of the busy time`,
    '  by package:',
    ...p.groups.map((g) => `    ${percent(g.share)}  ${g.name}`),
    '  by phase:',
    ...p.phases.map((g) => `    ${percent(g.share)}  ${g.name}`),
    '  busiest functions (self time):',
    ...p.functions.map((f) => `    ${percent(f.share)}  ${f.name}`),
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const where = process.argv[2];
  if (!where) throw new Error('usage: cpuProfile.ts <folder or .cpuprofile>');
  const summary = summarizeCpuProfile(where, 25);
  if (!summary) throw new Error(`no .cpuprofile in ${where}`);
  console.log(describeCpuProfile(summary).join('\n'));
}
