// Between instants (what the runtime stores) and local calendar dates (what time limits count).
// A zone is a fixed UTC offset: Asia/Shanghai is +08:00 all year (no daylight saving time).
import { isValidCalendarDate } from '../formats/calendarDate.ts';
import { InvalidDateError } from './calendarErrors.ts';
import { dateOfDayNumber, dayNumberOf, dayNumberOfCivil } from './dayNumber.ts';

/** China Standard Time, the default zone of every deadline. */
export const CHINA_STANDARD_OFFSET = '+08:00';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const OFFSET = /^([+-])(\d{2}):(\d{2})$/;
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:\d{2})$/i;

/** Minutes east of UTC of an offset 'Z' or '±HH:MM'; InvalidDateError otherwise. */
export function offsetMinutesOf(offset: string): number {
  if (offset === 'Z' || offset === 'z') return 0;
  const match = typeof offset === 'string' ? OFFSET.exec(offset) : null;
  const [hours, minutes] = [Number(match?.[2]), Number(match?.[3])];
  if (!match || hours > 23 || minutes > 59) throw new InvalidDateError(offset, 'offset');
  return (match[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/**
 * Milliseconds since the epoch of an ISO 8601 / RFC 3339 instant with a zone ('Z' or '±HH:MM'),
 * e.g. '2025-01-02T09:30:00+08:00'. Seconds are optional; fractions beyond milliseconds are cut off.
 * A string without a zone is rejected: it would mean the clock of whoever reads it.
 */
export function epochMillisOf(instant: string): number {
  const match = typeof instant === 'string' ? INSTANT.exec(instant) : null;
  if (!match) throw new InvalidDateError(instant, 'instant');
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(match[i] ?? 0)) as [number, number, number, number, number, number];
  if (!isValidCalendarDate(year, month, day) || hour > 23 || minute > 59 || second > 59) throw new InvalidDateError(instant, 'instant');
  const millis = Number((match[7] ?? '').slice(0, 3).padEnd(3, '0'));
  let zone: number;
  try {
    zone = offsetMinutesOf((match[8] ?? '').toUpperCase());
  } catch {
    throw new InvalidDateError(instant, 'instant');
  }
  return dayNumberOfCivil(year, month, day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + millis - zone * MINUTE_MS;
}

/** The local calendar date of an instant at a zone offset (default +08:00). */
export function localDateOf(instant: string, offset: string = CHINA_STANDARD_OFFSET): string {
  const local = epochMillisOf(instant) + offsetMinutesOf(offset) * MINUTE_MS;
  return dateOfDayNumber(Math.floor(local / DAY_MS));
}

/** The last millisecond of a local date (23:59:59.999 at the offset), as a UTC ISO string. */
export function endOfLocalDay(date: string, offset: string = CHINA_STANDARD_OFFSET): string {
  const end = (dayNumberOf(date) + 1) * DAY_MS - 1 - offsetMinutesOf(offset) * MINUTE_MS;
  return new Date(end).toISOString();
}
