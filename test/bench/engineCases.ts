// The cases of npm run bench, on the newborn example. Each returns a median.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { createActor } from 'xstate';
import {
  applyApplicationEvent,
  compileBundle,
  createAjv,
  loadDefinitions,
  persistApplication,
  restoreApplication,
  restoreApplicationSnapshot,
  type ApplicationEvent,
} from '@onego/engine';
import { duration, rate } from './measure.ts';

export interface CaseResult {
  label: string;
  value: number;
  unit: 'ms' | 'per-second';
  target?: number;
  /**
   * Against the baseline (a JSON round trip of the submission) measured interleaved with this case in its
   * process: the rate's ratio to the baseline's, or a duration in baseline operations.
   */
  vsBaseline?: number;
  /** The baseline's median rate in this case's process. */
  baselinePerSecond?: number;
}

/** The baseline operation: a JSON round trip of the newborn sample submission. */
function baselineOp(n: ReturnType<typeof newborn>): () => unknown {
  const text = JSON.stringify({ answers: n.answers, data: n.data });
  return (): unknown => JSON.parse(JSON.stringify(JSON.parse(text))) as unknown;
}

function perSecond(label: string, op: () => unknown, n: ReturnType<typeof newborn>, target?: number): CaseResult {
  const r = rate(op, { baseline: baselineOp(n) });
  return { label, value: r.opsPerSecond, unit: 'per-second', ...(target !== undefined ? { target } : {}), vsBaseline: r.ratio, baselinePerSecond: r.baselineOpsPerSecond };
}

function inMs(label: string, op: () => unknown, n: ReturnType<typeof newborn>, target?: number): CaseResult {
  const d = duration(op, { baseline: baselineOp(n) });
  return { label, value: d.ms, unit: 'ms', ...(target !== undefined ? { target } : {}), vsBaseline: d.baselineOps };
}

function jsonFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full).isDirectory() ? jsonFiles(full) : name.endsWith('.json') ? [full] : [];
  });
}

function newborn() {
  const documents = jsonFiles('examples/newborn').map((file) => ({ file, json: JSON.parse(readFileSync(file, 'utf8')) as unknown }));
  const { definitions, issues } = loadDefinitions(documents);
  const bundle = definitions.bundles[0]?.definition;
  const sample = definitions.applications.find((a) => a.file.endsWith('valid-single-birth.json'))?.definition;
  if (issues.length > 0 || !bundle || !sample) throw new Error('the newborn example is not usable');
  const matters = new Map([...definitions.matters].map(([id, m]) => [id, m.definition]));
  return { bundle, matters, dictionary: definitions.dictionary, answers: sample.answers, data: sample.data };
}

/** Compiles everything a new bundle version needs before its first request. */
function compileAll(n: ReturnType<typeof newborn>, ajv: ReturnType<typeof createAjv>) {
  // Fresh copies: ajv caches compiled schemas by object, and a new version brings new objects.
  const bundle = structuredClone(n.bundle);
  const matters = new Map([...n.matters].map(([id, m]) => [id, structuredClone(m)]));
  const compiled = compileBundle({ bundle, matters, dictionary: n.dictionary }, ajv);
  compiled.validate(n.answers, n.data);
  compiled.notice(n.answers);
  compiled.metrics(n.answers);
  compiled.machine();
}

/** An application of the newborn bundle after SUBMIT (and optionally more events), persisted as text. */
function persistedAfter(n: ReturnType<typeof newborn>, events: ApplicationEvent[]) {
  const machine = compileBundle({ bundle: n.bundle, matters: n.matters, dictionary: n.dictionary }).machine();
  const actor = createActor(machine).start();
  actor.send({ type: 'SUBMIT', at: '2026-03-03T01:00:00.000Z', answers: n.answers, data: n.data });
  for (const event of events) actor.send(event);
  const text = JSON.stringify(actor.getPersistedSnapshot());
  actor.stop();
  return { machine, text };
}

/** What the runtime does per command: the fast path (restoreApplicationSnapshot → applyApplicationEvent → persistApplication). */
function restoreSendPersist(label: string, before: ApplicationEvent[], event: ApplicationEvent): CaseResult {
  const n = newborn();
  const { machine, text } = persistedAfter(n, before);
  const op = () => {
    const snapshot = restoreApplicationSnapshot(machine, JSON.parse(text));
    const next = applyApplicationEvent(machine, snapshot, event);
    if (next === snapshot) throw new Error(`${event.type} was refused`);
    return JSON.stringify(persistApplication(next));
  };
  return perSecond(label, op, n, 15_000);
}

/** The same with an actor per command (restoreApplication → send → getPersistedSnapshot), for comparison. */
function restoreSendPersistWithActor(label: string, before: ApplicationEvent[], event: ApplicationEvent): CaseResult {
  const n = newborn();
  const { machine, text } = persistedAfter(n, before);
  const op = () => {
    const actor = restoreApplication(machine, JSON.parse(text));
    actor.send(event);
    const next = JSON.stringify(actor.getPersistedSnapshot());
    actor.stop();
    return next;
  };
  return perSecond(label, op, n);
}

const at = '2026-03-04T02:00:00.000Z';
const CERTIFICATE_APPROVED: ApplicationEvent = { type: 'APPROVE', matterId: 'birth-medical-certificate', by: 'officer-1', at: '2026-03-03T02:00:00.000Z' };

export const CASES = {
  baseline: (): CaseResult => {
    const r = rate(baselineOp(newborn()));
    return { label: 'baseline: JSON round trip of the submission', value: r.opsPerSecond, unit: 'per-second', vsBaseline: 1, baselinePerSecond: r.opsPerSecond };
  },
  compileShared: (): CaseResult => {
    const n = newborn();
    const ajv = createAjv();
    ajv.compile({ type: 'object' });
    return inMs('compile the newborn bundle (the process’s ajv)', () => compileAll(n, ajv), n, 20);
  },
  compileCold: (): CaseResult => {
    const n = newborn();
    return inMs('compile the newborn bundle (a new ajv each time)', () => compileAll(n, createAjv()), n);
  },
  validate: (): CaseResult => {
    const n = newborn();
    const compiled = compileBundle({ bundle: n.bundle, matters: n.matters, dictionary: n.dictionary });
    if (!compiled.validate(n.answers, n.data).valid) throw new Error('the sample should be valid');
    return perSecond('validate one merged submission', () => compiled.validate(n.answers, n.data), n, 200_000);
  },
  restoreWarning: (): CaseResult =>
    restoreSendPersist('restore + DEADLINE_WARNING + serialise', [], { type: 'DEADLINE_WARNING', matterId: 'birth-medical-certificate', at }),
  restoreLeafDecision: (): CaseResult =>
    restoreSendPersist('restore + APPROVE (no dependants) + serialise', [CERTIFICATE_APPROVED], {
      type: 'APPROVE',
      matterId: 'vaccination-certificate',
      by: 'officer-2',
      at,
    }),
  restoreCascadingDecision: (): CaseResult =>
    restoreSendPersist('restore + APPROVE (2 matters start) + serialise', [CERTIFICATE_APPROVED], {
      type: 'APPROVE',
      matterId: 'birth-household-registration',
      by: 'officer-3',
      at,
    }),
  restoreCascadingDecisionWithActor: (): CaseResult =>
    restoreSendPersistWithActor('the same with an actor (restoreApplication + send)', [CERTIFICATE_APPROVED], {
      type: 'APPROVE',
      matterId: 'birth-household-registration',
      by: 'officer-3',
      at,
    }),
} satisfies Record<string, () => CaseResult>;

export type CaseName = keyof typeof CASES;
