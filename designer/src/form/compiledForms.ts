// A published bundle compiled in the browser by the engine (the same code the runtime runs), cached per
// version: its whole merged form names every field an officer may see in a task.
import { compileBundle, indexDictionaries, localDictionaries, STANDARD_DICTIONARY, type CompiledBundle, type DictionaryIndex, type Lang } from '@onego/engine';
import type { BundleDetail } from '../api/types.ts';

let dictionary: DictionaryIndex | undefined;
const compiled = new Map<string, CompiledBundle>();

function compiledBundleOf(detail: BundleDetail): CompiledBundle {
  const key = `${detail.id}@${detail.version}`;
  let bundle = compiled.get(key);
  if (!bundle) {
    dictionary ??= indexDictionaries([STANDARD_DICTIONARY]);
    const { definition } = detail;
    // the local data elements (本地区数据元) it binds, as the version stores them
    const local = definition.localElements?.length ? indexDictionaries([STANDARD_DICTIONARY, ...localDictionaries(definition.localElements)]) : dictionary;
    bundle = compileBundle({ bundle: definition.bundle, matters: new Map(definition.matters.map((m) => [m.id, m])), dictionary: local });
    compiled.set(key, bundle);
  }
  return bundle;
}

/** The merged form of every matter of the bundle (no answers: nothing left out). */
export function wholeForm(detail: BundleDetail, lang: Lang): { schema: Record<string, unknown>; uiSchema: Record<string, unknown> } {
  const form = compiledBundleOf(detail).form(undefined, lang);
  return { schema: form.schema, uiSchema: form.uiSchema };
}
