// Who holds a task and where its matter is in its review steps, as the inbox and the task page show them
// (issue #16): the current step by name, the holder and the delegator by name, who signed a countersigned
// step; and on the task page every step (done / current / next), the signers, the result fields to fill
// and the values received from other matters' steps, marked with where they came from.
import { inLang, resultFieldKey, stepResultSchema, type CompiledBundle, type Lang, type MatterRecord, type Text } from '@onego/engine';
import type { Matter } from '@onego/schemas/types';
import type { Knex } from 'knex';
import type { TaskRow } from '../db/rows.ts';
import { officerNames } from '../officers/officerNames.ts';
import { holderOf } from './taskHandling.ts';

const parsedList = (text: string | null | undefined): string[] => (text ? (JSON.parse(text) as string[]) : []);

/** The subjects a task row names (holder, delegator, signers). */
export const namedSubjects = (task: TaskRow): string[] => [task.holder, task.delegated_by, ...parsedList(task.signed)].filter((s): s is string => typeof s === 'string');

/** The handling of one task row: its step, holder, delegator and signers, by name. */
export function taskHandling(task: TaskRow, names: ReadonlyMap<string, string>, lang: Lang) {
  return {
    step: task.step_id
      ? {
          id: task.step_id,
          name: task.step_name ? inLang(JSON.parse(task.step_name) as Text, lang) : task.step_id,
          ...(task.step_due_at ? { dueAt: task.step_due_at } : {}),
          ...(task.step_warning_at ? { warningAt: task.step_warning_at } : {}),
        }
      : null,
    holder: holderOf(task.holder ?? null, names),
    delegatedBy: holderOf(task.delegated_by ?? null, names),
    signedBy: parsedList(task.signed).map((subject) => ({ subject, name: names.get(subject) ?? subject })),
  };
}

/**
 * The matter's review on the task page; null for a matter without steps that received nothing. A matter
 * without steps that other matters' steps passed values to (the newborn 社保卡: the police's 公民身份号码) has
 * no steps and no current step, and the values it received.
 */
export async function taskReview(reads: Knex, compiled: CompiledBundle, matter: Matter, record: MatterRecord | undefined, lang: Lang) {
  const steps = matter.review?.steps ?? [];
  if (steps.length === 0 && Object.keys(record?.received ?? {}).length === 0) return null;
  const done = record?.stepsDone ?? [];
  const currentIndex = steps.findIndex((s) => s.id === record?.step);
  const subjects = [...done.flatMap((d) => d.by), ...(record?.signatures ?? []).map((s) => s.by), ...(record?.addedSigners ?? []).map((a) => a.signer)];
  const names = await officerNames(reads, subjects);
  const person = (subject: string) => ({ subject, name: names.get(subject) ?? subject });
  const approved = record?.status === 'approved';
  const current = steps[currentIndex];
  return {
    steps: steps.map((step, i) => {
      const completed = [...done].reverse().find((d) => d.step === step.id);
      const state: 'done' | 'current' | 'next' = approved || (currentIndex >= 0 && i < currentIndex) ? 'done' : i === currentIndex ? 'current' : 'next';
      return {
        id: step.id,
        name: inLang(step.name, lang),
        handler: inLang(step.handler, lang),
        mode: step.mode ?? 'one',
        state,
        ...(state === 'done' && completed ? { doneBy: completed.by.map(person), doneAt: completed.at } : {}),
      };
    }),
    current: current
      ? {
          signers: Array.isArray(current.signers) ? current.signers.map((r) => inLang(r, lang)) : [],
          signerCount: Array.isArray(current.signers) ? current.signers.length : (current.signers ?? 1),
          addedSigners: (record?.addedSigners ?? []).map((a) => person(a.signer)),
          signatures: (record?.signatures ?? []).map((s) => ({ ...person(s.by), at: s.at, ...(s.role ? { role: s.role } : {}) })),
          resultForm: stepResultSchema(current, compiled.dictionary, lang),
          resultKeys: (current.resultFields ?? []).map(resultFieldKey),
        }
      : null,
    results: Object.entries(record?.results ?? {}).map(([key, r]) => ({ key, value: r.value, step: inLang(steps.find((s) => s.id === r.step)?.name ?? { zh: r.step }, lang) })),
    received: Object.entries(record?.received ?? {}).map(([key, r]) => {
      const from = compiled.matters.get(r.from.matterId);
      const fromStep = from?.review?.steps.find((s) => s.id === r.from.step);
      const element = compiled.dictionary?.elements.get(key);
      const own = matter.form.fields.find((f) => 'id' in f && f.id === key);
      return {
        key,
        label: element ? inLang(element.label, lang) : own && 'label' in own ? inLang(own.label, lang) : key,
        value: r.value,
        at: r.at,
        from: {
          matterId: r.from.matterId,
          matterName: from ? inLang(from.name, lang) : r.from.matterId,
          departmentName: from ? inLang(from.department.name, lang) : '',
          stepName: fromStep ? inLang(fromStep.name, lang) : r.from.step,
        },
      };
    }),
  };
}
