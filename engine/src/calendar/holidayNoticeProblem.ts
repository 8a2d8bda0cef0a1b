// What parseHolidayNotice refuses in a holiday notice: stable codes, located by line and column
// (1-based, counted in characters of the line as given), with an excerpt of the line and a zh/en message.

export const HOLIDAY_NOTICE_PROBLEM_CODES = [
  /** The text is empty or blank. */
  'NOTICE_EMPTY',
  /** Neither the title nor --year gives the year. */
  'NOTICE_YEAR_MISSING',
  /** The year of the title, of the preamble and the year asked for disagree. */
  'NOTICE_YEAR_MISMATCH',
  /** A year outside 2000–2100, the years a calendar file may have. */
  'NOTICE_YEAR_UNSUPPORTED',
  /** A line that states a schedule (an item, a date with its weekday, 上班) could not be read. */
  'NOTICE_LINE_UNREADABLE',
  /** An item heading names no festival of the national schedule. */
  'NOTICE_FESTIVAL_UNKNOWN',
  /** A festival has two items. */
  'NOTICE_FESTIVAL_DUPLICATE',
  /** A festival has no item. */
  'NOTICE_FESTIVAL_MISSING',
  /** No item at all. */
  'NOTICE_NO_ITEMS',
  /** A date that does not exist (2月30日). */
  'NOTICE_DATE_INVALID',
  /** The weekday given in brackets is not the date's weekday. */
  'NOTICE_WEEKDAY_MISMATCH',
  /** A holiday range that ends before it starts. */
  'NOTICE_RANGE_REVERSED',
  /** "共N天" or "放假N天" is not the length of the range. */
  'NOTICE_DAY_COUNT_MISMATCH',
  /** Two items' holidays share a day. */
  'NOTICE_HOLIDAYS_OVERLAP',
  /** A make-up working day (上班) that is not a Saturday or Sunday. */
  'NOTICE_WORKDAY_NOT_WEEKEND',
  /** A make-up working day inside a holiday. */
  'NOTICE_WORKDAY_IN_HOLIDAY',
  /** An item says 不调休 and yet lists make-up working days. */
  'NOTICE_WORKDAY_CONTRADICTION',
] as const;
export type HolidayNoticeProblemCode = (typeof HOLIDAY_NOTICE_PROBLEM_CODES)[number];

export interface HolidayNoticeProblem {
  line: number;
  column: number;
  /** The line, trimmed (shortened with … past 120 characters). */
  excerpt: string;
  code: HolidayNoticeProblemCode;
  text: { zh: string; en: string };
}
