// The large JSON columns of an application (its statechart snapshot and its data) are stored deflated:
// `z1:` + base64 of the raw-deflated UTF-8 JSON. Plain JSON text (rows written before, or any column
// this is not used for) reads as it always did: JSON never starts with `z`. Deflated, a completed
// newborn application's row fits in a page instead of spilling into an overflow page (about 8 KB → 4 KB
// of the applications table per application, npm run bench). Text, not a blob, so that the column
// keeps its type on every database. Always read these columns with `unpackJson`.
import { deflateRawSync, inflateRawSync } from 'node:zlib';

const PREFIX = 'z1:';

/** The value as stored: deflated JSON, `z1:` + base64. */
export function packJson(value: unknown): string {
  return PREFIX + deflateRawSync(Buffer.from(JSON.stringify(value), 'utf8')).toString('base64');
}

/** The value of a column written by `packJson`, or of plain JSON text. */
export function unpackJson<T = unknown>(text: string): T {
  if (!text.startsWith(PREFIX)) return JSON.parse(text) as T;
  return JSON.parse(inflateRawSync(Buffer.from(text.slice(PREFIX.length), 'base64')).toString('utf8')) as T;
}
