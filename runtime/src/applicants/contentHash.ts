// What a co-applicant confirmed: a hash of the answers and data, independent of the order of their keys,
// so that the same content saved in a draft and then submitted hashes alike.
import { createHash } from 'node:crypto';

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical((value as Record<string, unknown>)[key])]));
  }
  return value;
}

export const contentHash = (answers: Record<string, unknown>, data: Record<string, unknown>): string =>
  createHash('sha256').update(JSON.stringify(canonical({ answers, data }))).digest('hex');
