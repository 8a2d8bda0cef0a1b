// When the applicant may remind a department of a matter (催办): once its task passes its warning point
// (预警, the instant the deadline's warning fires: matterDeadline's warningAt), and then at most once a
// working day — the next reminder from the start of the working day after the last one's day, working days
// as the application's calendar counts them. Pure: the instant and the calendar are passed in.
import { epochMillisOf, endOfLocalDay, localDateOf, matterDeadline, type MatterRecord, type WorkingDayCalendar } from '@onego/engine';
import type { TimeLimit } from '@onego/schemas/types';

/** Why a reminder is not possible now. */
type ReminderRefusal = 'not-running' | 'too-early' | 'already-sent';

export interface ReminderWindow {
  /** When a reminder is (or was) possible; null when it is not possible at all (the matter is not pending against a deadline). */
  possibleFrom: string | null;
  /** The last reminder, if any. */
  lastAt: string | null;
  refusal: ReminderRefusal | null;
}

const DAY_MS = 86_400_000;

/** The first instant of a local date (China Standard Time), UTC ISO. */
const startOfLocalDay = (date: string): string => new Date(epochMillisOf(endOfLocalDay(date)) + 1 - DAY_MS).toISOString();

export function reminderWindow(input: {
  /** The task's status: only a pending task runs against its deadline. */
  status: string;
  record: MatterRecord | undefined;
  limit: TimeLimit | undefined;
  lastAt: string | null;
  calendar: WorkingDayCalendar;
  now: string;
}): ReminderWindow {
  const { record, limit, lastAt, calendar, now } = input;
  const warningAt = input.status === 'pending' && record?.startedAt && limit ? matterDeadline(record.startedAt, limit, record.pauses ?? [], calendar).warningAt : null;
  if (warningAt === null) return { possibleFrom: null, lastAt, refusal: 'not-running' };
  // The warning fired (and a re-based deadline may have moved its point later since): possible now.
  const warned = record?.warned === true && warningAt > now ? now : warningAt;
  const nextDay = lastAt === null ? null : startOfLocalDay(calendar.addWorkingDays(localDateOf(lastAt), 1));
  const possibleFrom = nextDay !== null && nextDay > warned ? nextDay : warned;
  const refusal = possibleFrom <= now ? null : nextDay !== null && nextDay > now && warned <= now ? 'already-sent' : 'too-early';
  return { possibleFrom, lastAt, refusal };
}
