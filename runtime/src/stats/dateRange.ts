// The from / to filters of the statistics: a date (YYYY-MM-DD, a whole day in China Standard Time) or
// an instant with a zone (ISO 8601). Both ends are inclusive; either may be absent.
import { CHINA_STANDARD_OFFSET, endOfLocalDay, epochMillisOf } from '@onego/engine';

export interface DateRange {
  /** The first instant included, as a UTC ISO string (comparable with the stored instants). */
  from: string | null;
  /** The last instant included. */
  to: string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Throws RangeError with a message naming the parameter when a bound is not a date or an instant. */
function bound(value: unknown, name: 'from' | 'to'): string | null {
  if (value === undefined) return null;
  const problem = new RangeError(`${name} must be a date (YYYY-MM-DD) or an ISO 8601 instant with a zone`);
  if (typeof value !== 'string') throw problem;
  try {
    if (DATE.test(value)) {
      return name === 'from' ? new Date(epochMillisOf(`${value}T00:00:00${CHINA_STANDARD_OFFSET}`)).toISOString() : endOfLocalDay(value, CHINA_STANDARD_OFFSET);
    }
    return new Date(epochMillisOf(value)).toISOString();
  } catch {
    throw problem;
  }
}

export function parseDateRange(from: unknown, to: unknown): DateRange {
  const range = { from: bound(from, 'from'), to: bound(to, 'to') };
  if (range.from !== null && range.to !== null && range.from > range.to) throw new RangeError('from must not be after to');
  return range;
}
