// 秒报: the values shared data provides fill the form where the applicant has not typed yet, and each
// prefilled field says so (来自共享数据, with its source) in its help text.
import type { Translate } from '../i18n/preferences.tsx';
import { isMessageKey } from '../i18n/messages.ts';
import type { SharedSource } from '../api/types.ts';
import { unescapePointer } from '../form/schemaTools.ts';

type UiSchema = Record<string, unknown>;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The data with the prefilled values added wherever it has none (what the applicant typed wins). */
export function withPrefill(data: unknown, prefill: unknown): unknown {
  if (data === undefined || data === null || data === '') return prefill;
  if (isObject(data) && isObject(prefill)) {
    const merged: Record<string, unknown> = { ...data };
    for (const [key, value] of Object.entries(prefill)) merged[key] = withPrefill(data[key], value);
    return merged;
  }
  return data;
}

export function sourceName(source: string, t: Translate): string {
  const key = `source.${source}`;
  return isMessageKey(key) ? t(key) : source;
}

/** The uiSchema of a section with ui:help on every prefilled field below `/<section>`. */
export function markPrefilled(uiSchema: UiSchema, section: string, provenance: Record<string, SharedSource>, t: Translate): UiSchema {
  const result: UiSchema = { ...uiSchema };
  for (const [pointer, source] of Object.entries(provenance)) {
    const segments = pointer.split('/').slice(1).map(unescapePointer);
    if (segments[0] !== section || segments.length < 2) continue;
    let node = result;
    for (const segment of segments.slice(1)) {
      const key = /^\d+$/.test(segment) ? 'items' : segment;
      const child = isObject(node[key]) ? { ...node[key] } : {};
      node[key] = child;
      node = child;
    }
    node['ui:help'] = t('prefill.mark', { source: sourceName(source.source, t) });
  }
  return result;
}
