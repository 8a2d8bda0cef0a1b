// The places of an application's division codes, for people reading its archive: each value of a
// division-code field of the form with the field's title and the place's name (河南省 郑州市 金水区).
import { pointerOf } from '@onego/engine';
import { placeName } from '../divisions/divisionNames.ts';

type Schema = Record<string, unknown>;

export interface Place {
  /** JSON Pointer into form/data.json. */
  path: string;
  field: string;
  code: string;
  name: string;
}

const DIVISION_FORMATS = new Set(['cn-division-code', 'cn-township-code']);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function placesOf(data: unknown, schema: Schema): Place[] {
  const places: Place[] = [];
  const walk = (value: unknown, s: Schema | undefined, at: string[]) => {
    if (!s) return;
    if (Array.isArray(value)) {
      if (isObject(s['items'])) value.forEach((item, i) => walk(item, s['items'] as Schema, [...at, String(i)]));
    } else if (isObject(value)) {
      const properties = isObject(s['properties']) ? (s['properties'] as Record<string, Schema>) : {};
      for (const [key, child] of Object.entries(value)) walk(child, properties[key], [...at, key]);
    } else if (typeof value === 'string' && DIVISION_FORMATS.has(String(s['format']))) {
      places.push({ path: pointerOf(...at), field: typeof s['title'] === 'string' ? s['title'] : '', code: value, name: placeName(value) });
    }
  };
  walk(data, schema, []);
  return places;
}
