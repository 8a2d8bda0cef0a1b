// Which calendar documents count for a region: the national schedule, plus the overlays of the regions
// that contain it (a province's local holidays count in each of its cities and districts).
import type { Calendar } from '@onego/schemas/types';
import { WorkingDayCalendar } from './WorkingDayCalendar.ts';

/** The key of the national schedule among calendar regions (API paths, storage). */
export const NATIONAL_REGION = 'national';

/** The region a calendar document is for: its division code, or NATIONAL_REGION without one. */
export const calendarRegionOf = (calendar: Pick<Calendar, 'region'>): string => calendar.region?.divisionCode ?? NATIONAL_REGION;

/**
 * The GB/T 2260 prefix a division code stands for, trailing pairs of zeros dropped: 450000 (广西) → 45,
 * 370100 (济南市) → 3701, 370102 (历下区) → 370102.
 */
export function divisionPrefix(divisionCode: string): string {
  let prefix = divisionCode;
  while (prefix.length > 2 && prefix.endsWith('00')) prefix = prefix.slice(0, -2);
  return prefix;
}

/** Whether an overlay of `overlayRegion` applies in the region `divisionCode` (the same or a part of it). */
export const overlayApplies = (overlayRegion: string, divisionCode: string): boolean => divisionCode.startsWith(divisionPrefix(overlayRegion));

/**
 * The working-day calendar of a region (a bundle's division code; undefined for the national one): the
 * national documents and the overlays of every region that contains it.
 */
export function regionalCalendar(documents: readonly Calendar[], divisionCode?: string): WorkingDayCalendar {
  const national = documents.filter((c) => calendarRegionOf(c) === NATIONAL_REGION);
  const overlays = divisionCode ? documents.filter((c) => c.region !== undefined && overlayApplies(c.region.divisionCode, divisionCode)) : [];
  return new WorkingDayCalendar(national, overlays);
}
