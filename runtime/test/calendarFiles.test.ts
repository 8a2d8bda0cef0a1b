import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dueAt } from '@onego/engine';
import { loadWorkingDayCalendar } from '../src/calendarFiles.ts';

const folder = () => mkdtempSync(path.join(tmpdir(), 'onego-calendars-'));
const calendar2027 = {
  $schema: 'https://onego.dev/schemas/v1/calendar.schema.json',
  id: 'cn-national',
  year: 2027,
  holidays: [{ name: { zh: '元旦', en: "New Year's Day" }, from: '2027-01-01', to: '2027-01-01' }],
  workdays: [],
  source: { ref: 'test fixture', note: 'not the published 2027 schedule' },
};

describe('extra calendar years (ONEGO_CALENDAR_DIR)', () => {
  it('adds a year, so deadlines can cross into it', async () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'cn-national-2027.json'), JSON.stringify(calendar2027));
    const calendar = await loadWorkingDayCalendar(dir);
    expect(calendar.years).toEqual([2025, 2026, 2027]);
    // Thu 2026-12-31 + 1 working day: Fri 2027-01-01 is a holiday, so Mon 2027-01-04.
    expect(dueAt('2026-12-31T10:00:00+08:00', { days: 1, kind: 'working' }, calendar)).toBe('2027-01-04T15:59:59.999Z');
  });

  it('without it, such a deadline is refused, not guessed', async () => {
    const calendar = await loadWorkingDayCalendar(undefined);
    expect(() => dueAt('2026-12-31T10:00:00+08:00', { days: 1, kind: 'working' }, calendar)).toThrow(/2027/);
  });

  it('refuses to start with a broken calendar file, naming the problem', async () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'cn-national-2027.json'), JSON.stringify({ ...calendar2027, workdays: [{ date: '2027-01-06', name: { zh: '调休', en: 'Make-up day' } }] }));
    await expect(loadWorkingDayCalendar(dir)).rejects.toThrow(/2027-01-06/);
  });
});
