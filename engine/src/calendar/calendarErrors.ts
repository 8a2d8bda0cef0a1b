// Typed errors of the working-day calendar, with stable codes and zh/en messages. A year without a
// loaded schedule is not an error: its days count by the weekday rule, provisionally (WorkingDayCalendar).

export const CALENDAR_ERROR_CODES = ['INVALID_DATE', 'INVALID_CALENDAR'] as const;
export type CalendarErrorCode = (typeof CALENDAR_ERROR_CODES)[number];

/** Base class: `code` is stable, `text` carries the message in both languages; `message` is the Chinese one. */
export abstract class CalendarError extends Error {
  abstract readonly code: CalendarErrorCode;
  readonly text: { zh: string; en: string };

  protected constructor(text: { zh: string; en: string }) {
    super(text.zh);
    this.text = text;
  }
}

/** What a malformed value should have been. */
export type DateValueKind = 'date' | 'instant' | 'offset';

const EXPECTED: Record<DateValueKind, { zh: string; en: string }> = {
  date: { zh: 'YYYY-MM-DD 格式的真实日期', en: 'a real calendar date as YYYY-MM-DD' },
  instant: { zh: '带时区的 ISO 8601 时间，如 2025-01-02T09:30:00+08:00', en: 'an ISO 8601 instant with a zone, e.g. 2025-01-02T09:30:00+08:00' },
  offset: { zh: 'Z 或 ±HH:MM 格式的时区偏移，如 +08:00', en: 'a zone offset as Z or ±HH:MM, e.g. +08:00' },
};

/** A date, instant or zone offset string that is malformed or names no real day. */
export class InvalidDateError extends CalendarError {
  readonly code = 'INVALID_DATE';
  readonly value: string;

  constructor(
    value: unknown,
    readonly expected: DateValueKind = 'date',
  ) {
    const shown = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
    super({
      zh: `“${shown}”无效，应为${EXPECTED[expected].zh}`,
      en: `"${shown}" is not valid: expected ${EXPECTED[expected].en}`,
    });
    this.value = shown;
    this.name = 'InvalidDateError';
  }
}

/** Calendar documents that cannot be combined into one working-day calendar. */
export class InvalidCalendarError extends CalendarError {
  readonly code = 'INVALID_CALENDAR';

  constructor(detail: { zh: string; en: string }) {
    super({ zh: `工作日历有误：${detail.zh}`, en: `Invalid working-day calendar: ${detail.en}` });
    this.name = 'InvalidCalendarError';
  }
}
