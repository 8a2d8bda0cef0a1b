// The State Council's holiday notice (国务院办公厅关于20XX年部分节假日安排的通知), as text, to a calendar
// file of the national schedule. Pure: the caller reads the file and writes the result.
//
// What is read, line by line:
// - the title (on one line, or split after "年" as gov.cn shows it), which gives the year; the document
//   number (国办发明电〔2024〕12号) and the date under the signature (2024年11月12日), which with the
//   title make source.ref;
// - the numbered items, one a line: "二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）
//   放假调休，共8天。1月26日（周日）、2月8日（周六）上班。" — a single day or a range (within a month,
//   across months, across the new year under 元旦), "放假调休" / "放假" / "放假N天", "共N天", "不调休",
//   "与周末连休", the make-up working days (上班), and sentences that only encourage (鼓励…), which
//   change no day;
// - every other line is prose (addressees, preamble, closing paragraph, signature) and changes no day.
// A line that states a schedule — it starts like an item ("六、", "春节："), gives a date with its
// weekday ("5月1日（周四）") or says 上班 — must be read completely, or it is a located problem: nothing
// is skipped silently. The weekdays in brackets and the day counts are checked against the dates.
import type { Calendar } from '@onego/schemas/types';
import { isValidCalendarDate } from '../formats/calendarDate.ts';
import { dateOfDayNumber, dayNumberOfCivil, weekdayOfDayNumber } from './dayNumber.ts';
import type { HolidayNoticeProblem, HolidayNoticeProblemCode } from './holidayNoticeProblem.ts';
import { NATIONAL_CALENDAR_ID } from './nationalCalendar.ts';
import { makeUpDayName, NOTICE_FESTIVALS, noticeItemName, type NoticeFestival, type NoticeItemName } from './noticeFestivals.ts';

export interface ParseHolidayNoticeOptions {
  /** The year the notice is for; must agree with the title when both are given. */
  year?: number;
}

export type ParseHolidayNoticeResult = { calendar: Calendar } | { problems: HolidayNoticeProblem[] };

type Text = { zh: string; en: string };

const CALENDAR_SCHEMA = 'https://onego.dev/schemas/v1/calendar.schema.json';
const WEEKDAYS = '日一二三四五六';
const WEEKDAY_ZH = (weekday: number) => `周${WEEKDAYS[weekday] ?? ''}`;
const WEEKDAY_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** One line of the notice: `text` normalised and trimmed, `offset` the characters trimmed on the left. */
interface Line {
  number: number;
  raw: string;
  text: string;
  offset: number;
}

const HALF_WIDTH: Record<string, string> = { '(': '（', ')': '）', ':': '：', ',': '，', ';': '；', '.': '。', '[': '〔', ']': '〕', '［': '〔', '］': '〕', '\u3000': ' ' };

/** Half-width punctuation and full-width digits as the official text has them, one character for one. */
function normalize(raw: string): string {
  return raw.replace(/[():,;.[\]［］\u3000０-９]/g, (c) => HALF_WIDTH[c] ?? String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function excerptOf(raw: string): string {
  const trimmed = raw.trim();
  return trimmed.length > 120 ? `${trimmed.slice(0, 119)}…` : trimmed;
}

function problemAt(line: Line | undefined, index: number, code: HolidayNoticeProblemCode, text: Text): HolidayNoticeProblem {
  if (!line) return { line: 1, column: 1, excerpt: '', code, text };
  return { line: line.number, column: line.offset + index + 1, excerpt: excerptOf(line.raw), code, text };
}

const TITLE = /国务院办公厅关于(\d{4})年部分节假日安排的通知/;
const TITLE_FIRST_HALF = /国务院办公厅关于(\d{4})年$/;
const TITLE_SECOND_HALF = '部分节假日安排的通知';
const DOCUMENT_NUMBER = /国办发明电〔\d{4}〕\d+号/;
const PUBLICATION_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
const PREAMBLE_YEAR = /现将(\d{4})年/;
const ITEM_NUMBER = /^[一二三四五六七八九十]+、/;
const FESTIVAL_HEADING = new RegExp(`^(?:${NOTICE_FESTIVALS.join('|')})[^：。，]{0,8}：`);
const DATE_WITH_WEEKDAY = /\d{1,2}月\d{1,2}日（[^（）]*(?:周|星期)[一二三四五六日天]）/;

/** Whether a line states a schedule and so must be read as an item. */
const isItemLine = (text: string) => ITEM_NUMBER.test(text) || FESTIVAL_HEADING.test(text) || DATE_WITH_WEEKDAY.test(text) || text.includes('上班');

// ---- Reading one item line ---------------------------------------------------------------------

/** A date as written: the year and month may be left out ("至23日"). `index`/`length` locate it. */
interface WrittenDate {
  index: number;
  length: number;
  year?: number;
  month?: number;
  day: number;
  /** The weekday in brackets ("（农历除夕、周二）" → 2) and where it is. */
  weekday?: { value: number; index: number };
}

interface WrittenItem {
  headingIndex: number;
  name: NoticeItemName;
  from: WrittenDate;
  to?: WrittenDate;
  /** "放假N天" or "共N天", where given. */
  counts: { days: number; index: number }[];
  noMakeUp: boolean;
  workdays: WrittenDate[];
}

/** Reading stopped at `index`: what was expected there. */
class Unreadable extends Error {
  constructor(
    readonly index: number,
    readonly expected: Text,
  ) {
    super(expected.en);
    this.name = 'Unreadable';
  }
}

class ItemReader {
  #at = 0;

  constructor(readonly text: string) {}

  get at(): number {
    return this.#at;
  }

  /** Matches a sticky pattern at the cursor (spaces before it skipped) and moves past it. */
  take(pattern: RegExp): RegExpExecArray | undefined {
    while (this.text[this.#at] === ' ') this.#at++;
    pattern.lastIndex = this.#at;
    const match = pattern.exec(this.text);
    if (!match) return undefined;
    this.#at += match[0].length;
    return match;
  }

  expect(pattern: RegExp, expected: Text): RegExpExecArray {
    const match = this.take(pattern);
    if (!match) throw new Unreadable(this.#at, expected);
    return match;
  }

  atEnd(): boolean {
    while (this.text[this.#at] === ' ') this.#at++;
    return this.#at >= this.text.length;
  }

  /** The end of a sentence: "。" or the end of the line. */
  endOfSentence(expected: Text): void {
    if (!this.atEnd()) this.expect(/。/y, expected);
  }

  skipSentence(): void {
    const end = this.text.indexOf('。', this.#at);
    this.#at = end < 0 ? this.text.length : end + 1;
  }
}

const FULL_DATE = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/y;
const SHORT_DATE = /(?:(?:(\d{4})年)?(\d{1,2})月)?(\d{1,2})日/y;
const BRACKETS = /（([^（）]*)）/y;
const WEEKDAY_NOTE = /^(?:周|星期)([一二三四五六日天])$/;

const EXPECT_DATE: Text = { zh: '应为日期，如“2月15日”', en: 'expected a date such as 2月15日' };

function readDate(reader: ItemReader, monthRequired: boolean): WrittenDate {
  const match = reader.expect(monthRequired ? FULL_DATE : SHORT_DATE, EXPECT_DATE);
  const date: WrittenDate = {
    index: reader.at - match[0].length,
    length: match[0].length,
    ...(match[1] !== undefined ? { year: Number(match[1]) } : {}),
    ...(match[2] !== undefined ? { month: Number(match[2]) } : {}),
    day: Number(match[3]),
  };
  const note = reader.take(BRACKETS);
  if (note) {
    let partIndex = reader.at - note[0].length + 1;
    for (const part of (note[1] ?? '').split('、')) {
      const weekday = WEEKDAY_NOTE.exec(part.trim());
      if (weekday) date.weekday = { value: WEEKDAYS.indexOf(weekday[1] === '天' ? '日' : (weekday[1] ?? '')), index: partIndex };
      partIndex += part.length + 1;
    }
  }
  return date;
}

/** Reads an item line completely, or throws Unreadable; an unknown festival is reported by the caller. */
function readItem(text: string): WrittenItem | { unknownHeading: string; index: number } {
  const reader = new ItemReader(text);
  reader.take(/[一二三四五六七八九十]+、/y);
  const headingIndex = reader.at;
  const heading = reader.expect(/([^：。，]+)：/y, { zh: '应为节日名称和冒号，如“二、春节：”', en: 'expected a festival and a colon, e.g. 二、春节：' });
  const name = noticeItemName((heading[1] ?? '').trim());
  if (!name) return { unknownHeading: (heading[1] ?? '').trim(), index: headingIndex };

  const from = readDate(reader, true);
  const to = reader.take(/至/y) ? readDate(reader, false) : undefined;
  const counts: WrittenItem['counts'] = [];
  reader.expect(/放假(?:调休)?/y, { zh: '应为“至”“放假”或“放假调休”', en: 'expected 至, 放假 or 放假调休' });
  const days = reader.take(/(\d+)天/y);
  if (days) counts.push({ days: Number(days[1]), index: reader.at - days[0].length });
  let noMakeUp = false;
  while (reader.take(/，/y)) {
    const clause = reader.expect(/共(\d+)天|不调休|与周末连休/y, { zh: '应为“共N天”“不调休”或“与周末连休”', en: 'expected 共N天, 不调休 or 与周末连休' });
    if (clause[1] !== undefined) counts.push({ days: Number(clause[1]), index: reader.at - clause[0].length });
    if (clause[0] === '不调休') noMakeUp = true;
  }
  reader.endOfSentence({ zh: '应为“，共N天”或句号', en: 'expected ，共N天 or a full stop' });

  const workdays: WrittenDate[] = [];
  while (!reader.atEnd()) {
    if (reader.text.startsWith('鼓励', reader.at)) {
      reader.skipSentence();
      continue;
    }
    const dates = [readDate(reader, true)];
    while (reader.take(/、/y)) dates.push(readDate(reader, true));
    reader.expect(/上班/y, { zh: '应为“、”和下一个日期，或“上班”', en: 'expected 、 and another date, or 上班' });
    reader.endOfSentence({ zh: '“上班”后应为句号', en: 'expected a full stop after 上班' });
    workdays.push(...dates);
  }
  return { headingIndex, name, from, ...(to ? { to } : {}), counts, noMakeUp, workdays };
}

// ---- Checking an item against the calendar -----------------------------------------------------

interface Holiday {
  name: Text;
  from: number;
  to: number;
  line: Line;
  index: number;
}

interface Workday {
  day: number;
  name: Text;
  line: Line;
  index: number;
}

class ItemChecker {
  readonly problems: HolidayNoticeProblem[] = [];

  constructor(
    readonly year: number,
    readonly line: Line,
  ) {}

  #problem(index: number, code: HolidayNoticeProblemCode, text: Text): void {
    this.problems.push(problemAt(this.line, index, code, text));
  }

  /** The day number of a written date in the given year, or undefined (reported) when no such day exists. */
  dayOf(date: WrittenDate, year: number, month: number): number | undefined {
    const written = this.line.text.slice(date.index, date.index + date.length);
    if (!isValidCalendarDate(year, month, date.day)) {
      this.#problem(date.index, 'NOTICE_DATE_INVALID', {
        zh: `“${written}”不是真实的日期（${year} 年 ${month} 月没有 ${date.day} 日）`,
        en: `"${written}" is not a real date: ${year}-${String(month).padStart(2, '0')} has no day ${date.day}`,
      });
      return undefined;
    }
    const day = dayNumberOfCivil(year, month, date.day);
    const weekday = weekdayOfDayNumber(day);
    if (date.weekday && date.weekday.value !== weekday) {
      this.#problem(date.weekday.index, 'NOTICE_WEEKDAY_MISMATCH', {
        zh: `${year} 年的“${written}”是${WEEKDAY_ZH(weekday)}，不是${WEEKDAY_ZH(date.weekday.value)}`,
        en: `"${written}" of ${year} is a ${WEEKDAY_EN[weekday] ?? ''}, not a ${WEEKDAY_EN[date.weekday.value] ?? ''}`,
      });
    }
    return day;
  }

  /** Dates without a year are in the notice's year, except December under 元旦: the year before. */
  #yearOf(date: WrittenDate, month: number, item: WrittenItem): number {
    return date.year ?? (item.name.covers.includes('元旦') && month === 12 ? this.year - 1 : this.year);
  }

  holidayOf(item: WrittenItem): Holiday | undefined {
    const fromMonth = item.from.month ?? 1;
    const fromYear = this.#yearOf(item.from, fromMonth, item);
    const from = this.dayOf(item.from, fromYear, fromMonth);
    let to = from;
    if (item.to) {
      const toMonth = item.to.month ?? fromMonth;
      const toYear = item.to.year ?? (toMonth < fromMonth ? fromYear + 1 : fromYear);
      to = this.dayOf(item.to, toYear, toMonth);
    }
    if (from === undefined || to === undefined) return undefined;
    if (to < from) {
      this.#problem(item.from.index, 'NOTICE_RANGE_REVERSED', {
        zh: `放假日期 ${dateOfDayNumber(from)} 至 ${dateOfDayNumber(to)} 结束早于开始`,
        en: `the holiday ${dateOfDayNumber(from)} to ${dateOfDayNumber(to)} ends before it starts`,
      });
      return undefined;
    }
    for (const count of item.counts) {
      if (count.days !== to - from + 1) {
        this.#problem(count.index, 'NOTICE_DAY_COUNT_MISMATCH', {
          zh: `写的是 ${count.days} 天，但 ${dateOfDayNumber(from)} 至 ${dateOfDayNumber(to)} 共 ${to - from + 1} 天`,
          en: `it says ${count.days} day(s), but ${dateOfDayNumber(from)} to ${dateOfDayNumber(to)} is ${to - from + 1} day(s)`,
        });
      }
    }
    return { name: item.name.name, from, to, line: this.line, index: item.from.index };
  }

  workdaysOf(item: WrittenItem): Workday[] {
    const first = item.workdays[0];
    if (item.noMakeUp && first) {
      this.#problem(first.index, 'NOTICE_WORKDAY_CONTRADICTION', {
        zh: `${item.name.name.zh}写明“不调休”，却又列出上班日`,
        en: `${item.name.name.en} says 不调休 (no make-up days) and yet lists make-up working days`,
      });
    }
    const workdays: Workday[] = [];
    for (const date of item.workdays) {
      const month = date.month ?? 1;
      const day = this.dayOf(date, this.#yearOf(date, month, item), month);
      if (day === undefined) continue;
      const weekday = weekdayOfDayNumber(day);
      if (weekday !== 0 && weekday !== 6) {
        this.#problem(date.index, 'NOTICE_WORKDAY_NOT_WEEKEND', {
          zh: `调休上班日 ${dateOfDayNumber(day)} 是${WEEKDAY_ZH(weekday)}，本来就是工作日，应为周六或周日`,
          en: `the make-up working day ${dateOfDayNumber(day)} is a ${WEEKDAY_EN[weekday] ?? ''}, a working day anyway: it should be a Saturday or Sunday`,
        });
        continue;
      }
      workdays.push({ day, name: makeUpDayName(item.name.name), line: this.line, index: date.index });
    }
    return workdays;
  }
}

// ---- The notice --------------------------------------------------------------------------------

interface Metadata {
  title?: { year: number; line: Line; index: number };
  documentNumber?: string;
  published?: { year: number; month: number; day: number };
  preambleYears: { year: number; line: Line; index: number }[];
  itemLines: Line[];
  problems: HolidayNoticeProblem[];
}

function linesOf(text: string): Line[] {
  return text.split(/\r\n|\n|\r/).map((raw, i) => {
    const normalized = normalize(raw);
    const offset = normalized.length - normalized.trimStart().length;
    return { number: i + 1, raw, text: normalized.trim(), offset };
  });
}

function readMetadata(lines: readonly Line[]): Metadata {
  const found: Metadata = { preambleYears: [], itemLines: [], problems: [] };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.text === '') continue;
    const title = TITLE.exec(line.text);
    const firstHalf = title ? undefined : TITLE_FIRST_HALF.exec(line.text);
    const next = lines.slice(i + 1).find((l) => l.text !== '');
    if (title ?? (firstHalf && next?.text.startsWith(TITLE_SECOND_HALF))) {
      const match = (title ?? firstHalf) as RegExpExecArray;
      found.title ??= { year: Number(match[1]), line, index: match.index + '国务院办公厅关于'.length };
      if (!title && next) i = next.number - 1;
      continue;
    }
    const documentNumber = DOCUMENT_NUMBER.exec(line.text);
    if (documentNumber && !isItemLine(line.text)) {
      found.documentNumber ??= documentNumber[0];
      continue;
    }
    const published = PUBLICATION_DATE.exec(line.text);
    if (published) {
      const [year, month, day] = [Number(published[1]), Number(published[2]), Number(published[3])];
      if (isValidCalendarDate(year, month, day)) found.published = { year, month, day };
      else found.problems.push(problemAt(line, 0, 'NOTICE_DATE_INVALID', { zh: `发布日期“${line.text}”不是真实的日期`, en: `the publication date "${line.text}" is not a real date` }));
      continue;
    }
    if (isItemLine(line.text)) {
      found.itemLines.push(line);
      continue;
    }
    const preamble = PREAMBLE_YEAR.exec(line.text);
    if (preamble) found.preambleYears.push({ year: Number(preamble[1]), line, index: preamble.index + '现将'.length });
  }
  return found;
}

function yearOf(metadata: Metadata, options: ParseHolidayNoticeOptions, firstLine: Line | undefined): number | HolidayNoticeProblem[] {
  const { title } = metadata;
  const year = options.year ?? title?.year ?? metadata.preambleYears[0]?.year;
  if (year === undefined) {
    return [
      problemAt(firstLine, 0, 'NOTICE_YEAR_MISSING', {
        zh: '找不到通知的年份：请附上标题“国务院办公厅关于XXXX年部分节假日安排的通知”，或指定年份（--year）',
        en: 'the year of the notice is not given: include its title (国务院办公厅关于XXXX年部分节假日安排的通知) or give the year (--year)',
      }),
    ];
  }
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    const at = options.year === undefined ? title ?? metadata.preambleYears[0] : undefined;
    return [problemAt(at?.line ?? firstLine, at?.index ?? 0, 'NOTICE_YEAR_UNSUPPORTED', { zh: `年份 ${year} 超出 2000–2100 年`, en: `the year ${year} is outside 2000–2100` })];
  }
  const problems: HolidayNoticeProblem[] = [];
  if (title && title.year !== year) {
    problems.push(
      problemAt(title.line, title.index, 'NOTICE_YEAR_MISMATCH', {
        zh: `通知标题是 ${title.year} 年的安排，但指定的年份是 ${year} 年`,
        en: `the title is the schedule for ${title.year}, but the year given is ${year}`,
      }),
    );
  }
  for (const preamble of metadata.preambleYears) {
    if (preamble.year !== (title?.year ?? year)) {
      problems.push(
        problemAt(preamble.line, preamble.index, 'NOTICE_YEAR_MISMATCH', {
          zh: `正文写的是 ${preamble.year} 年，但通知是 ${title?.year ?? year} 年的安排`,
          en: `the text says ${preamble.year}, but the notice is the schedule for ${title?.year ?? year}`,
        }),
      );
    }
  }
  return problems.length > 0 ? problems : year;
}

function sourceOf(year: number, metadata: Metadata): Calendar['source'] {
  const { published } = metadata;
  const details = [metadata.documentNumber, published && `${published.year}年${published.month}月${published.day}日`].filter((d): d is string => Boolean(d));
  const iso = published && dateOfDayNumber(dayNumberOfCivil(published.year, published.month, published.day));
  return {
    ref: `国务院办公厅关于${year}年部分节假日安排的通知${details.length > 0 ? `（${details.join('，')}）` : ''}`,
    note:
      `全国统一的放假调休安排（national schedule of the State Council General Office${iso ? `, published ${iso}` : ''}）。` +
      '各地区可另行规定地方性假日（如少数民族节日），需要时另建地区日历。Regions may add local holidays in a calendar of their own.',
  };
}

/**
 * The calendar file (id cn-national) of a State Council holiday notice, or every problem found in it,
 * each located by line and column. The year comes from the title or `options.year`; when both are
 * given they must agree.
 */
export function parseHolidayNotice(text: string, options: ParseHolidayNoticeOptions = {}): ParseHolidayNoticeResult {
  const lines = linesOf(text);
  const firstLine = lines.find((l) => l.text !== '');
  if (!firstLine) return { problems: [problemAt(undefined, 0, 'NOTICE_EMPTY', { zh: '通知文本是空的', en: 'the notice text is empty' })] };

  const metadata = readMetadata(lines);
  const year = yearOf(metadata, options, firstLine);
  if (typeof year !== 'number') return { problems: [...year, ...metadata.problems] };

  const problems = [...metadata.problems];
  const holidays: Holiday[] = [];
  const workdays: Workday[] = [];
  const covered = new Map<NoticeFestival, Line>();
  for (const line of metadata.itemLines) {
    let item: ReturnType<typeof readItem>;
    try {
      item = readItem(line.text);
    } catch (error) {
      if (!(error instanceof Unreadable)) throw error;
      // The festival of a line read only in part is not reported missing as well.
      const heading = /^(?:[一二三四五六七八九十]+、)?([^：。，]+)：/.exec(line.text);
      for (const festival of noticeItemName(heading?.[1]?.trim() ?? '')?.covers ?? []) if (!covered.has(festival)) covered.set(festival, line);
      const rest = line.text.slice(error.index);
      const shown = rest.length > 10 ? `${rest.slice(0, 10)}…` : rest;
      problems.push(
        problemAt(line, error.index, 'NOTICE_LINE_UNREADABLE', {
          zh: `读不懂${shown ? `“${shown}”` : '行尾'}：${error.expected.zh}`,
          en: `cannot read ${shown ? `"${shown}"` : 'the end of the line'}: ${error.expected.en}`,
        }),
      );
      continue;
    }
    if ('unknownHeading' in item) {
      problems.push(
        problemAt(line, item.index, 'NOTICE_FESTIVAL_UNKNOWN', {
          zh: `“${item.unknownHeading}”不是国家法定节日（应为${NOTICE_FESTIVALS.join('、')}之一，或两个合并放假）`,
          en: `"${item.unknownHeading}" is not a national public holiday (expected one of ${NOTICE_FESTIVALS.join(' ')}, or two merged)`,
        }),
      );
      continue;
    }
    for (const festival of item.name.covers) {
      const earlier = covered.get(festival);
      if (earlier) {
        problems.push(
          problemAt(line, item.headingIndex, 'NOTICE_FESTIVAL_DUPLICATE', {
            zh: `${festival}的安排已在第 ${earlier.number} 行给出`,
            en: `${festival} is already scheduled on line ${earlier.number}`,
          }),
        );
      } else covered.set(festival, line);
    }
    const checker = new ItemChecker(year, line);
    const holiday = checker.holidayOf(item);
    if (holiday) holidays.push(holiday);
    workdays.push(...checker.workdaysOf(item));
    problems.push(...checker.problems);
  }

  const lastItem = metadata.itemLines.at(-1);
  if (!lastItem) {
    problems.push(
      problemAt(firstLine, 0, 'NOTICE_NO_ITEMS', {
        zh: '没有找到任何放假安排（应有“一、元旦：……”这样的条目）',
        en: 'no holiday item found (expected items such as 一、元旦：…)',
      }),
    );
  } else {
    for (const festival of NOTICE_FESTIVALS) {
      if (covered.has(festival)) continue;
      problems.push(
        problemAt(lastItem, lastItem.text.length, 'NOTICE_FESTIVAL_MISSING', {
          zh: `没有${festival}的安排：通知应含全部七个法定节日`,
          en: `no item for ${festival}: a notice schedules all seven public holidays`,
        }),
      );
    }
  }
  for (const [i, holiday] of holidays.entries()) {
    const earlier = holidays.slice(0, i).find((h) => h.from <= holiday.to && holiday.from <= h.to);
    if (earlier) {
      problems.push(
        problemAt(holiday.line, holiday.index, 'NOTICE_HOLIDAYS_OVERLAP', {
          zh: `${holiday.name.zh}的假期与${earlier.name.zh}的假期（第 ${earlier.line.number} 行）重叠`,
          en: `the ${holiday.name.en} holiday overlaps the ${earlier.name.en} holiday (line ${earlier.line.number})`,
        }),
      );
    }
  }
  for (const workday of workdays) {
    const within = holidays.find((h) => h.from <= workday.day && workday.day <= h.to);
    if (within) {
      problems.push(
        problemAt(workday.line, workday.index, 'NOTICE_WORKDAY_IN_HOLIDAY', {
          zh: `调休上班日 ${dateOfDayNumber(workday.day)} 在${within.name.zh}假期（${dateOfDayNumber(within.from)} 至 ${dateOfDayNumber(within.to)}）之内`,
          en: `the make-up working day ${dateOfDayNumber(workday.day)} lies in the ${within.name.en} holiday (${dateOfDayNumber(within.from)} to ${dateOfDayNumber(within.to)})`,
        }),
      );
    }
  }
  if (problems.length > 0) return { problems: problems.sort((a, b) => a.line - b.line || a.column - b.column) };

  return {
    calendar: {
      $schema: CALENDAR_SCHEMA,
      id: NATIONAL_CALENDAR_ID,
      year,
      holidays: holidays.map((h) => ({ name: h.name, from: dateOfDayNumber(h.from), to: dateOfDayNumber(h.to) })),
      workdays: workdays.map((w) => ({ date: dateOfDayNumber(w.day), name: w.name })),
      source: sourceOf(year, metadata),
    },
  };
}
