// The cases of npm run bench, on the newborn example. Each returns a median.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { createActor } from 'xstate';
import { compileBundle, createAjv, loadDefinitions, restoreApplication, type ApplicationEvent } from '@onego/engine';
import { duration, rate } from './measure.ts';

export interface CaseResult {
  label: string;
  value: number;
  unit: 'ms' | 'per-second';
  target?: number;
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

function restoreSendPersist(label: string, before: ApplicationEvent[], event: ApplicationEvent): CaseResult {
  const { machine, text } = persistedAfter(newborn(), before);
  const r = rate(() => {
    const actor = restoreApplication(machine, JSON.parse(text));
    actor.send(event);
    const next = JSON.stringify(actor.getPersistedSnapshot());
    actor.stop();
    return next;
  });
  return { label, value: r.opsPerSecond, unit: 'per-second', target: 15_000 };
}

const at = '2026-03-04T02:00:00.000Z';
const CERTIFICATE_APPROVED: ApplicationEvent = { type: 'APPROVE', matterId: 'birth-medical-certificate', by: 'officer-1', at: '2026-03-03T02:00:00.000Z' };

export const CASES = {
  baseline: (): CaseResult => {
    const { answers, data } = newborn();
    const text = JSON.stringify({ answers, data });
    return { label: 'baseline: JSON round trip of the submission', value: rate(() => JSON.parse(JSON.stringify(JSON.parse(text)))).opsPerSecond, unit: 'per-second' };
  },
  compileShared: (): CaseResult => {
    const n = newborn();
    const ajv = createAjv();
    ajv.compile({ type: 'object' });
    return { label: 'compile the newborn bundle (the process’s ajv)', value: duration(() => compileAll(n, ajv)), unit: 'ms', target: 20 };
  },
  compileCold: (): CaseResult => {
    const n = newborn();
    return { label: 'compile the newborn bundle (a new ajv each time)', value: duration(() => compileAll(n, createAjv())), unit: 'ms' };
  },
  validate: (): CaseResult => {
    const n = newborn();
    const compiled = compileBundle({ bundle: n.bundle, matters: n.matters, dictionary: n.dictionary });
    if (!compiled.validate(n.answers, n.data).valid) throw new Error('the sample should be valid');
    return { label: 'validate one merged submission', value: rate(() => compiled.validate(n.answers, n.data)).opsPerSecond, unit: 'per-second', target: 200_000 };
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
} satisfies Record<string, () => CaseResult>;

export type CaseName = keyof typeof CASES;
