// The large JSON columns of an application (its statechart snapshot and its data) are stored deflated.
// Since migration 011 in binary columns (snapshot_deflated, data_deflated: the raw-deflated UTF-8 JSON),
// the text columns left '' — base64 in text made them a third larger, and a completed newborn
// application's row no longer fitted two to a page (npm run bench). Rows written before keep their text
// form: `z1:` + base64 of the raw-deflated JSON, or plain JSON (JSON never starts with `z`). Always read
// these columns with `snapshotOf` / `dataOf`, which take whichever form the row has.
import { deflateRawSync, inflateRawSync } from 'node:zlib';

const PREFIX = 'z1:';

/** The value as stored before migration 011: deflated JSON, `z1:` + base64. */
export function packJson(value: unknown): string {
  return PREFIX + deflateRawSync(Buffer.from(JSON.stringify(value), 'utf8')).toString('base64');
}

/** The value of a column written by `packJson`, or of plain JSON text. */
export function unpackJson<T = unknown>(text: string): T {
  if (!text.startsWith(PREFIX)) return JSON.parse(text) as T;
  return JSON.parse(inflateRawSync(Buffer.from(text.slice(PREFIX.length), 'base64')).toString('utf8')) as T;
}

/** The value as stored in a binary column: raw-deflated UTF-8 JSON. */
export function deflateJson(value: unknown): Buffer {
  return deflateRawSync(Buffer.from(JSON.stringify(value), 'utf8'));
}

export function inflateJson<T = unknown>(bytes: Uint8Array): T {
  return JSON.parse(inflateRawSync(bytes).toString('utf8')) as T;
}

/** An application row's snapshot and data, in either form (the binary column when it is set). */
export interface PackedColumns {
  snapshot: string;
  snapshot_deflated?: Uint8Array | null;
  data: string;
  data_deflated?: Uint8Array | null;
}

export const snapshotOf = <T = unknown>(row: Pick<PackedColumns, 'snapshot' | 'snapshot_deflated'>): T =>
  row.snapshot_deflated ? inflateJson<T>(row.snapshot_deflated) : unpackJson<T>(row.snapshot);

export const dataOf = <T = unknown>(row: Pick<PackedColumns, 'data' | 'data_deflated'>): T =>
  row.data_deflated ? inflateJson<T>(row.data_deflated) : unpackJson<T>(row.data);

/** The columns that store a snapshot now (the text column is left empty). */
export const snapshotColumns = (snapshot: Buffer) => ({ snapshot: '', snapshot_deflated: snapshot });

/** The columns that store data now (the text column is left empty). */
export const dataColumns = (data: unknown) => ({ data: '', data_deflated: deflateJson(data) });
