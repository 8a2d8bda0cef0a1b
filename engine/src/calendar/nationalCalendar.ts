// The national working-day calendar shipped with OneGo: the State Council General Office's holiday
// schedules (国务院办公厅关于部分节假日安排的通知). Regions may add local holidays in a calendar of their own.
import type { Calendar } from '@onego/schemas/types';
import cn2025 from '../../data/calendars/cn-national-2025.json' with { type: 'json' };
import cn2026 from '../../data/calendars/cn-national-2026.json' with { type: 'json' };
import { WorkingDayCalendar } from './WorkingDayCalendar.ts';

export const NATIONAL_CALENDAR_ID = 'cn-national';

/** The shipped national calendar documents, one per year, and the files they come from. */
export const NATIONAL_CALENDARS: readonly { file: string; definition: Calendar }[] = [
  { file: 'engine/data/calendars/cn-national-2025.json', definition: cn2025 },
  { file: 'engine/data/calendars/cn-national-2026.json', definition: cn2026 },
];

/** The national calendar over the shipped years (2025, 2026). */
export function nationalCalendar(): WorkingDayCalendar {
  return new WorkingDayCalendar(NATIONAL_CALENDARS.map((c) => c.definition));
}
