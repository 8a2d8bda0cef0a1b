// The preset deflate dictionary of a bundle version's applications (bundle_versions.packing, migration
// 011; packedJson.ts): what every application of the version repeats — its data's keys in the form's
// order with the options of its fields, its matters, and the shape of the engine's snapshot. Deflate finds
// them in the dictionary instead of spelling them out in every row: a completed newborn application's
// snapshot and data take about 810 bytes instead of 1,410 (npm run bench). It is made once, at
// publication, and stored: a row packed with it can only be read with the very same bytes.
import { initialApplicationSnapshot, persistApplication, type CompiledBundle } from '@onego/engine';

/** The snapshot's keys and words beyond the initial snapshot (engine/src/flow/applicationContext.ts). */
const SNAPSHOT_SHAPE =
  '"value":{"processing":{}},"status":"done","value":"completed","submittedAt":"","included":[],"autoApproved":[{"matterId":"","ruleVersion":"1.0.0"}],' +
  '"status":"waiting","status":"returned","status":"rejected","reason":"","comment":"","returns":1,"missing":[],"fields":[],"returnedAt":"","owed":[],' +
  '"pauses":[{"from":"","to":""}],"warned":true,"overdue":true,"rejectedAt":"","dependency-rejected",' +
  '"status":"pending","startedAt":"","decidedBy":"rule","decidedAt":"","ruleVersion":"1.0.0"},' +
  '"results":[{"matterId":"","certificate":{"type":"certificate","number":"","issuedAt":""}},{"matterId":"","certificate":{"type":"registration","number":"","issuedAt":""}}],"completedAt":"",' +
  '"status":"approved","startedAt":"","decidedBy":"officer","by":"","decidedAt":""},';

/** The keys of the data the form describes, as JSON (values left out, the options of a field kept). */
function dataShape(schema: unknown, depth = 0): string {
  if (typeof schema !== 'object' || schema === null || depth > 12) return '""';
  const s = schema as { properties?: Record<string, unknown>; items?: unknown; enum?: unknown[] };
  if (s.properties) return `{${Object.entries(s.properties).map(([key, value]) => `"${key}":${dataShape(value, depth + 1)}`).join(',')}}`;
  if (s.items) return `[${dataShape(s.items, depth + 1)}]`;
  if (Array.isArray(s.enum)) return s.enum.map((e) => JSON.stringify(e)).join(',');
  return '""';
}

/** The dictionary of a compiled bundle version (its last 16,000 characters at most: deflate looks back 32 KB). */
export function packingDictionary(compiled: CompiledBundle): string {
  const matters = compiled.bundle.matters.map((m) => `"${m.matter}":{"status":"pending"}`).join(',');
  const text = `${dataShape(compiled.form().schema)}${JSON.stringify(persistApplication(initialApplicationSnapshot(compiled.machine())))}{${matters}}${SNAPSHOT_SHAPE}`;
  return text.length > 16_000 ? text.slice(-16_000) : text;
}
