// 秒报 / 免提交, step 2: what the data-sharing platform answered, made safe to use. A connector's answer is
// untrusted input: only what was asked for is kept, each entry well-formed (a scalar value, a source, an
// ISO instant), and everything else is dropped rather than guessed. From it come what is available (for
// the notice's waivers and the metrics) and the shared data the auto-approval rules (秒批) evaluate.
import type { DictionaryIndex } from '../definition/dictionaryIndex.ts';
import { splitElementId } from '../definition/dictionaryIndex.ts';
import type { SharedAvailability } from '../notice/oneTimeNotice.ts';
import type { SharedDataRequest } from './sharedDataRequest.ts';

/** One data element's value, with where it came from and when. */
export interface SharedValue {
  value: string | number | boolean;
  /** The system of record (e.g. the population registry of the provincial police department). */
  source: string;
  /** When the platform retrieved it (ISO instant). */
  retrievedAt: string;
}

/** An e-licence (电子证照) the platform holds for the applicant. */
export interface SharedELicence {
  type: string;
  number: string;
  source: string;
  retrievedAt: string;
}

export interface SharedDataResolution {
  /** By data element id. */
  values: Record<string, SharedValue>;
  eLicences: SharedELicence[];
}

/** Nothing available: no connector, the connector is down, or nothing is on record for the applicant. */
export const nothingShared = (): SharedDataResolution => ({ values: {}, eLicences: [] });

const MAX_TEXT = 200;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.length > 0 && value.length <= MAX_TEXT ? value : undefined);
const instant = (value: unknown, fallback: string): string =>
  typeof value === 'string' && INSTANT.test(value) && !Number.isNaN(Date.parse(value)) ? value : fallback;
const scalar = (value: unknown): value is string | number | boolean =>
  (typeof value === 'string' && value.length <= 10_000) || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));

/**
 * The usable part of a connector's answer `{values: {elementId: {value, source, retrievedAt}}, eLicences:
 * [{type, number, source, retrievedAt}]}`: only requested elements and e-licence types, each well-formed;
 * a missing or malformed retrievedAt becomes `receivedAt` (when OneGo received the answer).
 */
export function acceptedResolution(answer: unknown, request: SharedDataRequest, receivedAt: string): SharedDataResolution {
  if (!isRecord(answer)) return { values: {}, eLicences: [] };
  const values: Record<string, SharedValue> = {};
  const rawValues = isRecord(answer['values']) ? answer['values'] : {};
  for (const element of request.elements) {
    const entry = rawValues[element];
    if (!isRecord(entry) || !scalar(entry['value'])) continue;
    const source = text(entry['source']);
    if (!source) continue;
    values[element] = { value: entry['value'], source, retrievedAt: instant(entry['retrievedAt'], receivedAt) };
  }
  const eLicences: SharedELicence[] = [];
  const wanted = new Set(request.eLicences);
  for (const entry of Array.isArray(answer['eLicences']) ? (answer['eLicences'] as unknown[]) : []) {
    if (!isRecord(entry)) continue;
    const type = text(entry['type']);
    const number = text(entry['number']);
    const source = text(entry['source']);
    if (!type || !number || !source || !wanted.has(type) || eLicences.some((l) => l.type === type)) continue;
    eLicences.push({ type, number, source, retrievedAt: instant(entry['retrievedAt'], receivedAt) });
  }
  return { values, eLicences };
}

/** What the platform provides for this applicant, for the notice's waivers and the metrics. */
export function availabilityOf(resolution: SharedDataResolution): SharedAvailability {
  return { eLicences: resolution.eLicences.map((l) => l.type), elements: Object.keys(resolution.values) };
}

/**
 * The shared values shaped like application data (`{household: {divisionCode: …}}`), as the SUBMIT event
 * carries them for the auto-approval rules. Elements of repeatable entities (a list in the data) are left
 * out: a value cannot say which item it belongs to.
 */
export function sharedDataOf(resolution: SharedDataResolution, dictionary: DictionaryIndex): Record<string, unknown> {
  const shaped: Record<string, Record<string, unknown>> = {};
  for (const [element, { value }] of Object.entries(resolution.values)) {
    const [entity, name] = splitElementId(element);
    if (!name || dictionary.entities.get(entity)?.repeatable) continue;
    (shaped[entity] ??= {})[name] = value;
  }
  return shaped;
}
