// The checks of a calendar document loaded for a region and year (by an operator through the API, or a
// file in ONEGO_CALENDAR_DIR): those of `onego validate` (format, dates in the year, make-up days on
// weekends …), that it is the document of that region and year, and that it combines with the other
// documents of the region into one working-day calendar.
import { CalendarError, issueOf, loadDefinitions, NATIONAL_CALENDAR_ID, NATIONAL_REGION, pointer, regionalCalendar, type DefinitionIssue } from '@onego/engine';
import type { Calendar } from '@onego/schemas/types';

const CALENDAR_SCHEMA = 'https://onego.dev/schemas/v1/calendar.schema.json';

export type CalendarCheck = { calendar: Calendar; issues: [] } | { calendar?: undefined; issues: DefinitionIssue[] };

export function checkCalendarUpload(json: unknown, target: { region: string; year: number }, others: readonly Calendar[], file = 'calendar.json'): CalendarCheck {
  const problem = (path: string, zh: string, en: string): CalendarCheck => ({ issues: [issueOf('INVALID_CALENDAR', file, path, { detail: { zh, en } })] });
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return problem('', '应为一个日历文件（JSON 对象）', 'expected a calendar file (a JSON object)');
  // A file without "$schema" is read as a calendar: this is where calendars are loaded.
  const document = { $schema: CALENDAR_SCHEMA, ...(json as Record<string, unknown>) };
  const loaded = loadDefinitions([{ file, json: document }], { standardDictionary: false });
  if (loaded.issues.length > 0) return { issues: loaded.issues };
  const calendar = loaded.definitions.calendars[0]?.definition;
  if (!calendar) return problem(pointer('$schema'), '不是工作日历文件', 'not a working-day calendar file');
  if (calendar.year !== target.year) {
    return problem(pointer('year'), `文件是 ${calendar.year} 年的日历，不是 ${target.year} 年的`, `the file is the calendar of ${calendar.year}, not of ${target.year}`);
  }
  if (target.region === NATIONAL_REGION) {
    if (calendar.region) {
      return problem(pointer('region'), `文件是${calendar.region.name.zh}的地方日历，不是全国节假日安排`, `the file is a regional calendar of ${calendar.region.name.en ?? calendar.region.name.zh}, not the national schedule`);
    }
    if (calendar.id !== NATIONAL_CALENDAR_ID) return problem(pointer('id'), `全国节假日安排的编号应为 ${NATIONAL_CALENDAR_ID}`, `the national schedule's id must be ${NATIONAL_CALENDAR_ID}`);
  } else if (calendar.region?.divisionCode !== target.region) {
    return problem(pointer('region'), `文件不是行政区划 ${target.region} 的地方日历`, `the file is not the regional calendar of division ${target.region}`);
  }
  try {
    regionalCalendar([...others, calendar], target.region === NATIONAL_REGION ? undefined : target.region);
  } catch (error) {
    if (error instanceof CalendarError) return problem('', error.text.zh, error.text.en);
    throw error;
  }
  return { calendar, issues: [] };
}
