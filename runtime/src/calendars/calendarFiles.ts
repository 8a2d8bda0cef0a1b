// The calendars a start brings: the national years shipped with OneGo, then the year files of
// ONEGO_CALENDAR_DIR (national years or regional overlays, e.g. next year's schedule dropped in before a
// restart), each checked like an upload. They are stored in the database unless it holds that region and
// year already from a later source: a file replaces a shipped year or an older file, never a calendar an
// operator uploaded (which is logged). A file that fails its checks stops the start with the problems named.
import { calendarRegionOf, describeIssue, NATIONAL_CALENDARS } from '@onego/engine';
import type { Knex } from 'knex';
import type { Logger } from 'pino';
import { readDefinitionFiles } from '../definitions/readDefinitionFiles.ts';
import type { CalendarOrigin, StoredCalendar } from './calendarBook.ts';
import { calendarDigest, readStoredCalendars, storeCalendar } from './calendarStore.ts';
import { checkCalendarUpload } from './checkCalendarUpload.ts';

export interface CalendarFile {
  file: string;
  origin: Extract<CalendarOrigin, 'shipped' | 'file'>;
  json: unknown;
}

/** The shipped national years and the documents of `extraDir`, in that order (a later one wins). */
export async function calendarFiles(extraDir: string | undefined): Promise<CalendarFile[]> {
  const shipped: CalendarFile[] = NATIONAL_CALENDARS.map((c) => ({ file: c.file, origin: 'shipped', json: c.definition }));
  if (!extraDir) return shipped;
  const read = await readDefinitionFiles([extraDir]);
  if (read.problems.length > 0) throw new Error(`the calendars in ${extraDir} have problems:\n${read.problems.map((p) => `${p.file}: ${p.detail}`).join('\n')}`);
  return [...shipped, ...read.documents.map((d): CalendarFile => ({ file: d.file, origin: 'file', json: d.json }))];
}

const RANK: Record<CalendarOrigin, number> = { shipped: 0, file: 1, upload: 2 };

/**
 * Stores the files' calendars the database lacks or holds from an earlier kind of source; returns the
 * regions and years stored.
 */
export async function storeCalendarFiles(db: Knex, files: readonly CalendarFile[], now: string, log: Logger): Promise<{ region: string; year: number }[]> {
  const stored = await readStoredCalendars(db);
  const key = (region: string, year: number) => `${region}/${year}`;
  const current = new Map(stored.map((s) => [key(s.region, s.year), s]));
  const problems: string[] = [];
  const chosen = new Map<string, Omit<StoredCalendar, 'digest'>>();
  for (const file of files) {
    const json = file.json as { year?: unknown; region?: { divisionCode?: unknown } };
    const year = typeof json.year === 'number' ? json.year : NaN;
    const region = calendarRegionOf({ region: json.region as never });
    const combined = new Map<string, Pick<StoredCalendar, 'document'>>([...current, ...chosen]);
    combined.delete(key(region, year));
    const others = [...combined.values()].map((s) => s.document);
    const check = checkCalendarUpload(file.json, { region, year }, others, file.file);
    if (!check.calendar) {
      problems.push(...check.issues.map((i) => `${i.file}${i.path}: ${describeIssue(i, 'zh')}`));
      continue;
    }
    chosen.set(key(region, year), { region, year, document: check.calendar, origin: file.origin, loadedBy: 'system', loadedAt: now });
  }
  if (problems.length > 0) throw new Error(`calendar files have problems:\n${problems.join('\n')}`);
  const written: { region: string; year: number }[] = [];
  for (const [k, entry] of chosen) {
    const existing = current.get(k);
    if (existing && existing.digest === calendarDigest(entry.document)) continue;
    if (existing && RANK[existing.origin] > RANK[entry.origin]) {
      log.warn({ region: entry.region, year: entry.year, file: entry.origin }, 'a calendar file differs from the one an operator uploaded: the upload is kept');
      continue;
    }
    await storeCalendar(db, entry);
    written.push({ region: entry.region, year: entry.year });
  }
  return written;
}
