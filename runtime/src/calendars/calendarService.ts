// The calendars operators manage: listing what is loaded, loading a year (checked like `onego
// validate`, stored, then every open deadline it moves re-based), the preview of that load, and the
// warnings about missing years. Knows nothing of HTTP.
import { inLang, NATIONAL_REGION, type Lang } from '@onego/engine';
import type { Calendar } from '@onego/schemas/types';
import type { Clock } from '../clock.ts';
import { definitionInvalid } from '../definitions/definitionInvalid.ts';
import { DomainError } from '../domainError.ts';
import { CalendarBook, type StoredCalendar } from './calendarBook.ts';
import { calendarDigest, lastCalendarChange, readStoredCalendars, storeCalendar } from './calendarStore.ts';
import { calendarWarnings, calendarWarningText, type CalendarWarning } from './calendarWarnings.ts';
import { checkCalendarUpload } from './checkCalendarUpload.ts';
import { rebaseDeadlines, rebaseRectifications, type RebaseDependencies, type RebasedDeadline, type RebasedRectification } from './deadlineRebase.ts';

export interface CalendarSummary {
  region: string;
  regionName: { zh: string; en?: string } | null;
  year: number;
  source: string;
  origin: StoredCalendar['origin'];
  loadedBy: string;
  loadedAt: string;
  holidays: number;
  workdays: number;
}

export interface CalendarLoad {
  region: string;
  year: number;
  /** False when the same document was loaded already: nothing was written. */
  changed: boolean;
  dryRun: boolean;
  /** How many task deadlines moved (or would move). */
  count: number;
  rebased: RebasedDeadline[];
  /** Open rectifications (差评整改) whose deadline moved (or would move). */
  rectifications: RebasedRectification[];
}

export class CalendarService {
  constructor(
    private readonly deps: Omit<RebaseDependencies, 'calendars'> & { calendars: CalendarBook; clock: Clock },
  ) {}

  get book(): CalendarBook {
    return this.deps.calendars;
  }

  list(): CalendarSummary[] {
    return this.book.stored.map((s) => ({
      region: s.region,
      regionName: s.document.region?.name ?? null,
      year: s.year,
      source: s.document.source.ref,
      origin: s.origin,
      loadedBy: s.loadedBy,
      loadedAt: s.loadedAt,
      holidays: s.document.holidays.length,
      workdays: s.document.workdays.length,
    }));
  }

  /** What is loaded, in the response language: the national years, every calendar, and the warnings of missing years. */
  listing(lang: Lang) {
    return {
      nationalYears: this.book.nationalYears(),
      calendars: this.list().map((c) => ({ ...c, regionName: c.regionName ? inLang(c.regionName, lang) : null })),
      warnings: this.warnings().map((w) => ({ ...w, message: inLang(calendarWarningText(w), lang) })),
    };
  }

  /** The calendar document of a region and year as stored; CALENDAR_NOT_FOUND when it is not loaded. */
  document(region: string, year: number): Calendar {
    const found = this.book.find(region, year);
    if (!found) throw new DomainError('CALENDAR_NOT_FOUND', { region, year });
    return found.document;
  }

  warnings(): CalendarWarning[] {
    return calendarWarnings(this.book.nationalYears(), this.deps.clock.now());
  }

  /** The last national year loaded (0 when none). */
  lastNationalYear(): number {
    return this.book.nationalYears().at(-1) ?? 0;
  }

  /**
   * Loads the document of a region and year: refused with its issues (DEFINITION_INVALID) when it fails the
   * checks; the same document again changes nothing; otherwise stored and every open deadline it moves
   * re-based (with `dryRun`, only the deadlines that would move, nothing written).
   */
  async load(region: string, year: number, json: unknown, options: { by: string; dryRun: boolean; lang: Lang }): Promise<CalendarLoad> {
    const others = this.book.stored.filter((s) => !(s.region === region && s.year === year)).map((s) => s.document);
    const check = checkCalendarUpload(json, { region, year }, others);
    if (!check.calendar) throw definitionInvalid(check.issues, options.lang);
    const calendar = check.calendar;
    const previous = this.book.find(region, year);
    if (previous?.digest === calendarDigest(calendar)) return { region, year, changed: false, dryRun: options.dryRun, count: 0, rebased: [], rectifications: [] };
    const now = this.deps.clock.now().toISOString();
    const entry = { region, year, document: calendar, origin: 'upload' as const, loadedBy: options.by, loadedAt: now };
    // A national year loaded for the first time moves only provisional deadlines; a corrected year, or a
    // region's overlay (its holidays move deadlines the national schedule had settled), may move any.
    const scope = { region, year, onlyProvisional: previous === undefined && region === NATIONAL_REGION };
    if (options.dryRun) {
      const preview = new CalendarBook([...this.book.stored.filter((s) => s !== previous), { ...entry, digest: calendarDigest(calendar) }]);
      const rebased = await rebaseDeadlines({ ...this.deps, calendars: preview }, scope, { dryRun: true, by: options.by, now, lang: options.lang });
      const rectifications = await rebaseRectifications({ ...this.deps, calendars: preview }, scope, { dryRun: true, by: options.by, now });
      return { region, year, changed: true, dryRun: true, count: rebased.length, rebased, rectifications };
    }
    await storeCalendar(this.deps.db, entry);
    this.book.replace(await readStoredCalendars(this.deps.db));
    const rebased = await rebaseDeadlines(this.deps, scope, { dryRun: false, by: options.by, now, lang: options.lang });
    const rectifications = await rebaseRectifications(this.deps, scope, { dryRun: false, by: options.by, now });
    return { region, year, changed: true, dryRun: false, count: rebased.length, rebased, rectifications };
  }

  /**
   * Takes the calendars another process stored since this one last read them, and re-bases the
   * provisional deadlines they settle. Returns how many calendars changed (0 or the count read).
   */
  async refresh(): Promise<number> {
    const last = await lastCalendarChange(this.deps.db);
    const known = this.book.stored.reduce((max, s) => (s.loadedAt > max ? s.loadedAt : max), '');
    if (last === null || last <= known) return 0;
    const stored = await readStoredCalendars(this.deps.db);
    this.book.replace(stored);
    return stored.length;
  }

  /** Re-bases every provisional deadline that the loaded calendars now settle (at start, after files were loaded). */
  async rebaseProvisional(by: string, lang: Lang = 'zh'): Promise<RebasedDeadline[]> {
    const scope = { region: NATIONAL_REGION, year: this.lastNationalYear(), onlyProvisional: true };
    const now = this.deps.clock.now().toISOString();
    await rebaseRectifications(this.deps, scope, { dryRun: false, by, now });
    return rebaseDeadlines(this.deps, scope, { dryRun: false, by, now, lang });
  }
}
