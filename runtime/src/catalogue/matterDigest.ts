// The digest of a matter definition: sha256 of its JSON with keys sorted and without "$schema", so
// that the same matter written twice (a file, a bundle's copy, a catalogue version) has one digest.
// It is how a published bundle version's matters are found among the catalogue's versions.
import { createHash } from 'node:crypto';

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([key, v]) => key !== '$schema' && v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, v]) => [key, canonical(v)]));
}

export function matterDigest(definition: unknown): string {
  return createHash('sha256').update(JSON.stringify(canonical(definition))).digest('hex');
}
