// What operators are warned of about the loaded national schedules: the current year missing (every
// working-day deadline is provisional), and from 1 November the next year missing (the State Council
// publishes it in November or December; deadlines reaching into it are provisional until it is loaded).
import { localDateOf } from '@onego/engine';

export type CalendarWarning = { code: 'CALENDAR_YEAR_MISSING'; year: number } | { code: 'CALENDAR_NEXT_YEAR_MISSING'; year: number };

/** The month from which next year's missing schedule is warned of (November). */
const WARN_FROM_MONTH = 11;

export function calendarWarnings(nationalYears: readonly number[], now: Date): CalendarWarning[] {
  const today = localDateOf(now.toISOString());
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const warnings: CalendarWarning[] = [];
  if (!nationalYears.includes(year)) warnings.push({ code: 'CALENDAR_YEAR_MISSING', year });
  if (month >= WARN_FROM_MONTH && !nationalYears.includes(year + 1)) warnings.push({ code: 'CALENDAR_NEXT_YEAR_MISSING', year: year + 1 });
  return warnings;
}

/** A warning in plain words, for the admin's banner and the log. */
export function calendarWarningText(warning: CalendarWarning): { zh: string; en: string } {
  return warning.code === 'CALENDAR_YEAR_MISSING'
    ? {
        zh: `尚未导入 ${warning.year} 年国家节假日安排：工作日暂按周一至周五计算，请尽快导入。`,
        en: `The national holiday schedule of ${warning.year} is not loaded: working days count Monday to Friday for now. Load it as soon as possible.`,
      }
    : {
        zh: `尚未导入 ${warning.year} 年国家节假日安排：跨入 ${warning.year} 年的办结期限暂按周一至周五计算，国务院办公厅通知公布后请及时导入。`,
        en: `The national holiday schedule of ${warning.year} is not loaded: deadlines reaching into ${warning.year} count Monday to Friday for now. Load it once the State Council publishes it.`,
      };
}
