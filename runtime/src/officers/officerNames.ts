// The display names of officers (table officers: officerDirectory.ts), by subject: what the inbox, the
// task page and the timeline name them by.
import type { Knex } from 'knex';

/** Display names by subject (the subject itself for an officer never recorded, or recorded without a name). */
export async function officerNames(reads: Knex, subjects: Iterable<string>): Promise<Map<string, string>> {
  const wanted = [...new Set(subjects)];
  if (wanted.length === 0) return new Map();
  const rows = await reads<{ subject: string; name: string | null }>('officers').whereIn('subject', wanted).select('subject', 'name');
  const names = new Map(rows.map((r) => [r.subject, r.name ?? r.subject]));
  return new Map(wanted.map((s) => [s, names.get(s) ?? s]));
}
