// The working-day calendars the runtime counts deadlines with: every stored calendar document (the
// national schedule per year, the regions' overlays), and per region the WorkingDayCalendar built from
// them. Stored in the database (table calendars), so every process counts with the same documents;
// `replace` swaps them in when an operator loads a year (or another process did: calendarRefresh).
import { NATIONAL_REGION, regionalCalendar, type WorkingDayCalendar } from '@onego/engine';
import type { Calendar } from '@onego/schemas/types';

/** Where a stored calendar came from. */
export type CalendarOrigin = 'shipped' | 'file' | 'upload';

export interface StoredCalendar {
  /** NATIONAL_REGION, or the GB/T 2260 code of the region an overlay is for. */
  region: string;
  year: number;
  document: Calendar;
  origin: CalendarOrigin;
  loadedBy: string;
  loadedAt: string;
  /** sha256 of the document as stored: an upload of the same document changes nothing. */
  digest: string;
}

export class CalendarBook {
  #stored: readonly StoredCalendar[];
  readonly #byRegion = new Map<string, WorkingDayCalendar>();

  constructor(stored: readonly StoredCalendar[]) {
    this.#stored = stored;
    // Built once here, so that a book without a national year fails at start, not at a command.
    this.forRegion(undefined);
  }

  /** Every stored document, national first, by region and year. */
  get stored(): readonly StoredCalendar[] {
    return this.#stored;
  }

  /** The calendar of a region (a bundle's division code; undefined: the national schedule alone). */
  forRegion(divisionCode: string | undefined): WorkingDayCalendar {
    const key = divisionCode ?? NATIONAL_REGION;
    let calendar = this.#byRegion.get(key);
    if (!calendar) {
      calendar = regionalCalendar(
        this.#stored.map((s) => s.document),
        divisionCode,
      );
      this.#byRegion.set(key, calendar);
    }
    return calendar;
  }

  /** The years of the national schedule that are loaded, ascending. */
  nationalYears(): number[] {
    return this.#stored.filter((s) => s.region === NATIONAL_REGION).map((s) => s.year).sort((a, b) => a - b);
  }

  find(region: string, year: number): StoredCalendar | undefined {
    return this.#stored.find((s) => s.region === region && s.year === year);
  }

  /** Takes the documents as they are stored now; the regions' calendars are built again when asked for. */
  replace(stored: readonly StoredCalendar[]): void {
    this.#stored = stored;
    this.#byRegion.clear();
  }
}

/** Stored documents in their order: national first, then regions by code; years ascending. */
export const byRegionAndYear = (a: Pick<StoredCalendar, 'region' | 'year'>, b: Pick<StoredCalendar, 'region' | 'year'>): number =>
  (a.region === NATIONAL_REGION ? '' : a.region).localeCompare(b.region === NATIONAL_REGION ? '' : b.region) || a.year - b.year;
