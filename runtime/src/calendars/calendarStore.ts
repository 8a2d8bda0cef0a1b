// Table calendars (migration 012): one row per region and year, the document as JSON.
import type { Calendar } from '@onego/schemas/types';
import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import { byRegionAndYear, type CalendarOrigin, type StoredCalendar } from './calendarBook.ts';

interface CalendarRow {
  region: string;
  year: number;
  document: string;
  origin: string;
  loaded_by: string;
  loaded_at: string;
  digest: string;
}

/** The digest of a document: the same JSON text, the same digest. */
export const calendarDigest = (document: Calendar): string => createHash('sha256').update(JSON.stringify(document)).digest('hex');

export async function readStoredCalendars(db: Knex): Promise<StoredCalendar[]> {
  const rows = (await db('calendars').select('*')) as CalendarRow[];
  return rows
    .map((row) => ({
      region: row.region,
      year: Number(row.year),
      document: JSON.parse(row.document) as Calendar,
      origin: row.origin as CalendarOrigin,
      loadedBy: row.loaded_by,
      loadedAt: row.loaded_at,
      digest: row.digest,
    }))
    .sort(byRegionAndYear);
}

/** Inserts or replaces the document of a region and year. */
export async function storeCalendar(db: Knex, entry: Omit<StoredCalendar, 'digest'>): Promise<StoredCalendar> {
  const stored = { ...entry, digest: calendarDigest(entry.document) };
  await db('calendars')
    .insert({
      region: stored.region,
      year: stored.year,
      document: JSON.stringify(stored.document),
      origin: stored.origin,
      loaded_by: stored.loadedBy,
      loaded_at: stored.loadedAt,
      digest: stored.digest,
    })
    .onConflict(['region', 'year'])
    .merge(['document', 'origin', 'loaded_by', 'loaded_at', 'digest']);
  return stored;
}

/** The latest change of any stored calendar (another process may have loaded one). */
export async function lastCalendarChange(db: Knex): Promise<string | null> {
  const row = (await db('calendars').max({ at: 'loaded_at' }).first()) as { at: string | null } | undefined;
  return row?.at ?? null;
}
