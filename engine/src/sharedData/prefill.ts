// 秒报: the merged form filled in from shared data. Each data element of the form that the platform
// provided becomes a value at its place in the data (/entity/name), with its provenance. Repeatable
// entities (lists such as child[]) are not prefilled: a value cannot say which item it belongs to. A value
// the form would refuse (e.g. outside a matter's narrower constraint) is not prefilled either: the
// applicant enters it.
import type { MergedForm } from '../form/mergedForm.ts';
import { pointerOf } from './jsonPointer.ts';
import type { SharedDataResolution } from './sharedDataResolution.ts';

export interface PrefillSource {
  /** The data element it fills. */
  element: string;
  source: string;
  retrievedAt: string;
}

export interface Prefill {
  /** Shaped like application data; only what shared data provides. */
  data: Record<string, Record<string, unknown>>;
  /** By JSON Pointer into the data (e.g. /household/registerNumber). */
  provenance: Record<string, PrefillSource>;
}

/** Decides whether the form accepts a value at a pointer; by default every value is accepted. */
export type FieldCheck = (pointer: string, value: unknown) => boolean;

export function prefillOf(form: Pick<MergedForm, 'entities'>, resolution: SharedDataResolution, accepts: FieldCheck = () => true): Prefill {
  const data: Prefill['data'] = {};
  const provenance: Prefill['provenance'] = {};
  for (const entity of form.entities) {
    if (entity.repeatable) continue;
    for (const name of entity.fields.keys()) {
      const element = `${entity.id}.${name}`;
      const shared = resolution.values[element];
      if (!shared) continue;
      const pointer = pointerOf(entity.id, name);
      if (!accepts(pointer, shared.value)) continue;
      (data[entity.id] ??= {})[name] = shared.value;
      provenance[pointer] = { element, source: shared.source, retrievedAt: shared.retrievedAt };
    }
  }
  return { data, provenance };
}
