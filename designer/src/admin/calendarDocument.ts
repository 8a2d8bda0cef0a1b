// Pure helpers of the calendars page: a calendar file read as a calendar document (the server checks it
// fully), where it is loaded (its region and year), and the loaded calendars in the order shown.
import { calendarRegionOf, NATIONAL_REGION } from '@onego/engine';
import type { Calendar } from '@onego/schemas/types';
import type { CalendarSummary } from '../api/types.ts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The calendar document of a file's text, or null when it is not one at all (not JSON, or without a
 * year, holidays and make-up days). Everything else (dates, weekends, overlaps) is the server's check.
 */
export function calendarOfFile(text: string): Calendar | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(value)) return null;
  const { year, holidays, workdays } = value;
  if (typeof year !== 'number' || !Number.isInteger(year) || !Array.isArray(holidays) || !Array.isArray(workdays)) return null;
  return value as unknown as Calendar;
}

/** Where a calendar document is loaded: its region's division code (national without one) and its year. */
export function calendarTarget(calendar: Calendar): { region: string; year: number } {
  return { region: calendarRegionOf(calendar), year: calendar.year };
}

/** National first, then the regions by division code; each by year. */
export function sortedCalendars(calendars: readonly CalendarSummary[]): CalendarSummary[] {
  const rank = (c: CalendarSummary) => (c.region === NATIONAL_REGION ? '' : c.region);
  return [...calendars].sort((a, b) => rank(a).localeCompare(rank(b)) || a.year - b.year);
}
