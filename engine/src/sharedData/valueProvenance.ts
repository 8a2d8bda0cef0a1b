// Where every submitted value came from: shared data (with its source and time), or the applicant. A
// prefilled value the applicant kept is shared; one they changed is entered (and says which shared value
// it overrides, so that an officer knows the applicant departed from the record); anything else is entered.
import { deepMerge } from '../bundle/deepMerge.ts';
import { leavesOf, valueAt } from './jsonPointer.ts';
import type { Prefill, PrefillSource } from './prefill.ts';

export type ValueProvenance = ({ kind: 'shared' } & PrefillSource) | { kind: 'entered'; overrides?: PrefillSource };

/** The data to submit: the applicant's values, with prefilled values filling what they left out. */
export function withPrefill(data: Record<string, unknown>, prefill: Prefill): Record<string, unknown> {
  return deepMerge(prefill.data, data) as Record<string, unknown>;
}

/**
 * The provenance to record with an application (data being what is submitted, after withPrefill): an entry
 * for each prefilled place, shared or overridden. Every value without an entry was entered.
 */
export function recordedProvenance(data: unknown, prefill: Prefill): Record<string, ValueProvenance> {
  const recorded: Record<string, ValueProvenance> = {};
  for (const [pointer, source] of Object.entries(prefill.provenance)) {
    const submitted = valueAt(data, pointer);
    if (submitted === undefined) continue;
    recorded[pointer] = submitted === valueAt(prefill.data, pointer) ? { kind: 'shared', ...source } : { kind: 'entered', overrides: source };
  }
  return recorded;
}

/** The provenance of every value in the data (each scalar, by JSON Pointer), from what was recorded. */
export function valueProvenance(data: unknown, recorded: Readonly<Record<string, ValueProvenance>>): Record<string, ValueProvenance> {
  const all: Record<string, ValueProvenance> = {};
  for (const [pointer] of leavesOf(data)) all[pointer] = recorded[pointer] ?? { kind: 'entered' };
  return all;
}
