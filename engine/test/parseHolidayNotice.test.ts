// The State Council's holiday notice, as text, to a calendar file: the real 2025 and 2026 notices give
// the shipped files, and what cannot be read is refused with its line, column and code.
import { readFileSync } from 'node:fs';
import type { Calendar } from '@onego/schemas/types';
import { describe, expect, it } from 'vitest';
import cn2025 from '../data/calendars/cn-national-2025.json' with { type: 'json' };
import cn2026 from '../data/calendars/cn-national-2026.json' with { type: 'json' };
import { HOLIDAY_NOTICE_PROBLEM_CODES, type HolidayNoticeProblem } from '../src/calendar/holidayNoticeProblem.ts';
import { parseHolidayNotice } from '../src/calendar/parseHolidayNotice.ts';
import { WorkingDayCalendar } from '../src/calendar/WorkingDayCalendar.ts';
import { loadDefinitions, parseHolidayNotice as exported } from '../src/index.ts';

const notice = (year: number) => readFileSync(new URL(`./fixtures/notices/${year}.txt`, import.meta.url), 'utf8');
const NOTICE_2025 = notice(2025);
const NOTICE_2026 = notice(2026);

function calendarOf(text: string, options: { year?: number } = {}): Calendar {
  const result = parseHolidayNotice(text, options);
  if ('problems' in result) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.calendar;
}

function problemsOf(text: string, options: { year?: number } = {}): HolidayNoticeProblem[] {
  const result = parseHolidayNotice(text, options);
  if (!('problems' in result)) throw new Error(`expected problems, got ${JSON.stringify(result.calendar)}`);
  return result.problems;
}

/** The text with `from` (which must occur exactly once) replaced by `to`. */
function edited(text: string, from: string, to: string): string {
  expect(text.split(from)).toHaveLength(2);
  return text.replace(from, to);
}

/** 1-based line and column of the first occurrence of `needle` in `text`. */
function locate(text: string, needle: string): { line: number; column: number } {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  expect(line, needle).toBeGreaterThanOrEqual(0);
  return { line: line + 1, column: (lines[line] ?? '').indexOf(needle) + 1 };
}

describe('parseHolidayNotice on the real notices', () => {
  it.each([
    [2025, NOTICE_2025, cn2025],
    [2026, NOTICE_2026, cn2026],
  ])('the %i notice gives the shipped calendar file', (_year, text, shipped) => {
    expect(calendarOf(text)).toEqual(shipped);
  });

  it('is exported from the engine', () => {
    expect(exported).toBe(parseHolidayNotice);
  });

  it('gives files that pass the calendar schema and checks and build a working-day calendar', () => {
    const calendars = [calendarOf(NOTICE_2025), calendarOf(NOTICE_2026)];
    const loaded = loadDefinitions(calendars.map((json, i) => ({ file: `cn-national-${2025 + i}.json`, json })));
    expect(loaded.issues).toEqual([]);
    const calendar = new WorkingDayCalendar(calendars);
    expect(calendar.isWorkingDay('2026-02-14')).toBe(true); // a Saturday, 调休上班
    expect(calendar.isWorkingDay('2026-02-23')).toBe(false); // a Monday of the Spring Festival
    expect(calendar.isWorkingDay('2025-10-08')).toBe(false); // a Wednesday of 国庆节、中秋节
  });

  it('agrees with a --year that matches the title', () => {
    expect(calendarOf(NOTICE_2026, { year: 2026 })).toEqual(cn2026);
  });

  it('reads half-width punctuation as copied from web pages, and a title split after 年', () => {
    const halfWidth = NOTICE_2025.replace(/（/g, '(').replace(/）/g, ')').replace(/：/g, ':').replace(/，/g, ',');
    expect(calendarOf(halfWidth)).toEqual(cn2025);
    const splitTitle = edited(NOTICE_2026, '国务院办公厅关于2026年部分节假日安排的通知', '国务院办公厅关于2026年\n部分节假日安排的通知');
    expect(calendarOf(splitTitle)).toEqual(cn2026);
  });

  it('takes the year from --year when the title is missing, and then cites the notice by its standard title', () => {
    const untitled = NOTICE_2026.split('\n').slice(1).join('\n');
    const calendar = calendarOf(untitled, { year: 2026 });
    expect(calendar.holidays).toEqual(cn2026.holidays);
    expect(calendar.source.ref).toBe('国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）');
  });
});

describe('parseHolidayNotice reads the forms of earlier and later notices', () => {
  const ITEMS_2027 = [
    '四、劳动节：5月1日（周六）至5日（周三）放假调休，共5天。4月25日（周日）、5月8日（周六）上班。',
    '三、清明节：4月3日（周六）至5日（周一）放假，共3天。',
    '五、端午节：6月9日（周三）放假1天，不调休。',
    '六、中秋节：9月15日（周三）放假1天，不调休。',
    '七、国庆节：10月1日（周五）至7日（周四）放假调休，共7天。9月26日（周日）、10月9日（周六）上班。',
  ];
  const notice2027 = (...first: string[]) => ['国务院办公厅关于2027年部分节假日安排的通知', ...first, ...ITEMS_2027].join('\n');

  it('a range across the new year under 元旦 starts in December of the year before; 与周末连休; 鼓励 sentences change no day', () => {
    const calendar = calendarOf(
      notice2027('一、元旦：12月31日（周四）至1月2日（周六）放假，共3天。', '二、春节：2月5日（农历除夕、周五）至12日（星期五）放假调休，共8天。'),
    );
    expect(loadDefinitions([{ file: 'cn-national-2027.json', json: calendar }]).issues).toEqual([]); // onego validate accepts the December start
    expect(calendar.holidays.slice(0, 2)).toEqual([
      { name: { zh: '元旦', en: "New Year's Day" }, from: '2026-12-31', to: '2027-01-02' },
      { name: { zh: '春节', en: 'Spring Festival' }, from: '2027-02-05', to: '2027-02-12' },
    ]);
    const linked = calendarOf(
      notice2027('一、元旦：1月1日放假，与周末连休。', '二、春节：2月5日至12日放假调休，共8天。2月20日（周六）上班。鼓励各单位结合带薪年休假等制度落实，安排职工在除夕（2月5日）休息。'),
    );
    expect(linked.holidays[0]).toEqual({ name: { zh: '元旦', en: "New Year's Day" }, from: '2027-01-01', to: '2027-01-01' });
    expect(linked.workdays.slice(0, 1)).toEqual([{ date: '2027-02-20', name: { zh: '春节调休上班', en: 'Make-up working day (Spring Festival)' } }]);
  });

  it('names a merged 中秋节、国庆节 item as written', () => {
    const merged = [
      '国务院办公厅关于2023年部分节假日安排的通知',
      '一、元旦：2022年12月31日至2023年1月2日放假调休，共3天。',
      '二、春节：1月21日至27日放假调休，共7天。1月28日（星期六）、1月29日（星期日）上班。',
      '三、清明节：4月5日放假，共1天。',
      '四、劳动节：4月29日至5月3日放假调休，共5天。4月23日（星期日）、5月6日（星期六）上班。',
      '五、端午节：6月22日至24日放假调休，共3天。6月25日（星期日）上班。',
      '六、中秋节、国庆节：9月29日至10月6日放假调休，共8天。10月7日（星期六）、10月8日（星期日）上班。',
    ].join('\n');
    const calendar = calendarOf(merged);
    expect(calendar.holidays[0]).toMatchObject({ from: '2022-12-31', to: '2023-01-02' });
    expect(calendar.holidays.at(-1)).toEqual({ name: { zh: '中秋节、国庆节', en: 'Mid-Autumn Festival and National Day' }, from: '2023-09-29', to: '2023-10-06' });
    expect(calendar.workdays.at(-1)).toEqual({ date: '2023-10-08', name: { zh: '中秋节、国庆节调休上班', en: 'Make-up working day (Mid-Autumn Festival and National Day)' } });
    expect(() => new WorkingDayCalendar([calendar])).not.toThrow();
  });
});

describe('parseHolidayNotice refuses what it cannot read, located', () => {
  const SPRING = '二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。';

  it.each([
    ['an item line it cannot read', edited(NOTICE_2026, '至23日（农历正月初七、周一）放假调休', '至23日（农历正月初七、周一）休息'), 'NOTICE_LINE_UNREADABLE', '休息'],
    ['a date that does not exist', edited(NOTICE_2026, '五、端午节：6月19日（周五）', '五、端午节：6月31日（周五）'), 'NOTICE_DATE_INVALID', '6月31日'],
    ['2月30日', edited(NOTICE_2026, '2月28日（周六）上班', '2月30日（周六）上班'), 'NOTICE_DATE_INVALID', '2月30日'],
    ['a make-up day on a weekday', edited(NOTICE_2026, '1月4日（周日）上班', '1月5日（周一）上班'), 'NOTICE_WORKDAY_NOT_WEEKEND', '1月5日'],
    ['a make-up day inside a holiday', edited(NOTICE_2026, '2月28日（周六）上班', '2月21日（周六）上班'), 'NOTICE_WORKDAY_IN_HOLIDAY', '2月21日'],
    ['a weekday that is not the date’s', edited(NOTICE_2026, '1月4日（周日）上班', '1月4日（周一）上班'), 'NOTICE_WEEKDAY_MISMATCH', '周一）上班'],
    ['a range that ends before it starts', edited(NOTICE_2026, '4月4日（周六）至6日（周一）', '4月6日（周一）至4日（周六）'), 'NOTICE_RANGE_REVERSED', '4月6日'],
    ['a day count that is not the range', edited(NOTICE_2026, '共9天', '共8天'), 'NOTICE_DAY_COUNT_MISMATCH', '共8天'],
    ['a festival the notices do not have', edited(NOTICE_2026, '六、中秋节：', '六、重阳节：'), 'NOTICE_FESTIVAL_UNKNOWN', '重阳节'],
    ['a festival twice', edited(NOTICE_2026, '三、清明节：4月4日（周六）至6日（周一）', '三、春节：4月4日（周六）至6日（周一）'), 'NOTICE_FESTIVAL_DUPLICATE', '春节：4月4日'],
    ['不调休 with make-up days', edited(NOTICE_2025, '放假1天，不调休。', '放假1天，不调休。1月4日（周六）上班。'), 'NOTICE_WORKDAY_CONTRADICTION', '1月4日'],
    ['overlapping holidays', edited(NOTICE_2026, '4月4日（周六）至6日（周一）放假，共3天', '5月1日（周五）至3日（周日）放假，共3天'), 'NOTICE_HOLIDAYS_OVERLAP', '5月1日（周五）至5日'],
    ['a make-up day on a line of its own', edited(NOTICE_2026, '共9天。2月14日（周六）', '共9天。\n2月14日（周六）'), 'NOTICE_LINE_UNREADABLE', '2月14日（周六）、'],
    ['a preamble of another year', edited(NOTICE_2026, '现将2026年', '现将2027年'), 'NOTICE_YEAR_MISMATCH', '2027年元旦'],
  ])('%s', (_what, text, code, at) => {
    const problems = problemsOf(text);
    const found = problems.find((p) => p.code === code);
    expect(found, JSON.stringify(problems, null, 2)).toBeDefined();
    expect({ line: found?.line, column: found?.column }).toEqual(locate(text, at));
    expect(found?.excerpt).toBe(text.split('\n')[(found?.line ?? 0) - 1]?.trim());
    expect(found?.text.zh).toMatch(/[\u4e00-\u9fa5]/);
    expect(found?.text.en).toMatch(/[a-z]{2,} [a-z]+/); // English, quoting the notice where it must
  });

  it('an unreadable line says where reading stopped and what it expected', () => {
    const problems = problemsOf(edited(NOTICE_2026, '共9天。', '共9天；'));
    expect(problems).toHaveLength(1); // and 春节 is not reported missing as well
    const [problem] = problems;
    expect(problem).toMatchObject({ code: 'NOTICE_LINE_UNREADABLE', line: locate(NOTICE_2026, SPRING).line });
    expect(problem?.column).toBe(locate(NOTICE_2026, SPRING).column + SPRING.indexOf('共9天') + 3);
    expect(problem?.text.zh).toBe('读不懂“；2月14日（周六）…”：应为“，共N天”或句号');
    expect(problem?.text.en).toBe('cannot read "；2月14日（周六）…": expected ，共N天 or a full stop');
  });

  it('a --year other than the title’s is refused at the year in the title', () => {
    expect(problemsOf(NOTICE_2026, { year: 2027 })).toEqual([
      {
        line: 1,
        column: 9,
        excerpt: '国务院办公厅关于2026年部分节假日安排的通知',
        code: 'NOTICE_YEAR_MISMATCH',
        text: { zh: '通知标题是 2026 年的安排，但指定的年份是 2027 年', en: 'the title is the schedule for 2026, but the year given is 2027' },
      },
    ]);
    expect(problemsOf(NOTICE_2026, { year: 1999 })[0]?.code).toBe('NOTICE_YEAR_UNSUPPORTED');
  });

  it('an empty or blank text', () => {
    for (const text of ['', '\n \u3000\n']) {
      expect(problemsOf(text)).toEqual([{ line: 1, column: 1, excerpt: '', code: 'NOTICE_EMPTY', text: { zh: '通知文本是空的', en: 'the notice text is empty' } }]);
    }
  });

  it('no year anywhere, no item, a festival left out', () => {
    const untitled = NOTICE_2026.split('\n').slice(1).join('\n').replace('现将2026年', '现将');
    expect(problemsOf(untitled).map((p) => p.code)).toEqual(['NOTICE_YEAR_MISSING']);
    expect(problemsOf('国务院办公厅关于2027年部分节假日安排的通知\n经国务院批准，现将2027年放假安排通知如下。').map((p) => p.code)).toEqual(['NOTICE_NO_ITEMS']);
    const withoutQingming = NOTICE_2026.split('\n').filter((l) => !l.includes('清明节：')).join('\n');
    const [missing] = problemsOf(withoutQingming);
    expect(missing).toMatchObject({ code: 'NOTICE_FESTIVAL_MISSING', line: locate(withoutQingming, '七、国庆节').line });
    expect(missing?.text.zh).toContain('清明节');
  });

  it('every problem code is one the module lists', () => {
    const problems = [
      ...problemsOf(edited(NOTICE_2026, '共9天', '共8天')),
      ...problemsOf(''),
      ...problemsOf(NOTICE_2026, { year: 2027 }),
    ];
    for (const p of problems) expect(HOLIDAY_NOTICE_PROBLEM_CODES).toContain(p.code);
  });
});
