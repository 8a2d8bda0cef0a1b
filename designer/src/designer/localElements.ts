// The local data elements (本地区数据元) the designer knows: those of the regions it has read the
// dictionary of (GET /api/data-elements?region=) and those it has added (POST /api/data-elements). The
// field picker searches them after the standard ones (elementDictionary() in matterModel.ts), and the
// compose page checks and compiles a bundle with them, as the runtime does when it publishes.
import type { DataElement } from '@onego/schemas/types';
import { useSyncExternalStore } from 'react';
import type { DataElementEntry, NewDataElement } from '../api/types.ts';
import type { Api } from '../api/useApi.ts';

const known = new Map<string, DataElement>();
const loadedRegions = new Set<string>();
const listeners = new Set<() => void>();
/** The elements known, as one array that is replaced (never changed) when more become known. */
let snapshot: readonly DataElement[] = [];

const toElement = (entry: DataElementEntry): DataElement => ({
  id: entry.id,
  label: entry.label,
  type: entry.type,
  ...(entry.format ? { format: entry.format } : {}),
  ...(entry.options ? { options: entry.options } : {}),
});

function remember(elements: readonly DataElement[]): void {
  let changed = false;
  for (const element of elements) {
    if (known.has(element.id)) continue;
    known.set(element.id, element);
    changed = true;
  }
  if (!changed) return;
  snapshot = [...known.values()];
  for (const listener of listeners) listener();
}

/** The local elements known so far, in the order they became known (the same array until more are). */
export const localElements = (): readonly DataElement[] => snapshot;

/** The local elements known, re-rendering the component when more become known. */
export function useLocalElements(): readonly DataElement[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    localElements,
  );
}

/** Reads the region's dictionary once and remembers its local elements. */
export async function loadLocalElements(api: Api, region: string | undefined): Promise<void> {
  if (!region || !/^(national|[1-9][0-9]{5})$/.test(region) || loadedRegions.has(region)) return;
  const entries = (await api.get<DataElementEntry[]>(`/api/data-elements?region=${encodeURIComponent(region)}`)).body;
  loadedRegions.add(region);
  remember(entries.filter((e) => e.origin === 'local').map(toElement));
}

/** The local elements a stored definition ({bundle, matters, localElements}) carries: a bundle version stores those it binds. */
export function rememberLocalElements(definition: unknown): void {
  const elements = (definition as { localElements?: unknown } | null)?.localElements;
  if (!Array.isArray(elements)) return;
  remember(elements.filter((e): e is DataElement => typeof e === 'object' && e !== null && typeof (e as { id?: unknown }).id === 'string'));
}

/** Adds a local element to the region's dictionary; it is known at once. */
export async function createLocalElement(api: Api, element: NewDataElement): Promise<DataElement> {
  const created = toElement((await api.post<DataElementEntry>('/api/data-elements', element)).body);
  remember([created]);
  return created;
}
