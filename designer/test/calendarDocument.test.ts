// The calendars page's pure helpers: a chosen file read as a calendar document (or not), where it is
// loaded, and the loaded calendars in the order shown (national first).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CalendarSummary } from '../src/api/types.ts';
import { calendarOfFile, calendarTarget, sortedCalendars } from '../src/admin/calendarDocument.ts';

const FIXTURE = readFileSync('test/fixtures/calendars/cn-national-2027.fixture.json', 'utf8');

describe('calendarOfFile', () => {
  it('reads a calendar file', () => {
    expect(calendarOfFile(FIXTURE)?.year).toBe(2027);
  });

  it('refuses what is not a calendar document at all', () => {
    expect(calendarOfFile('国务院办公厅关于2027年部分节假日安排的通知')).toBeNull();
    expect(calendarOfFile('[]')).toBeNull();
    expect(calendarOfFile('{"year": "2027", "holidays": [], "workdays": []}')).toBeNull();
    expect(calendarOfFile('{"year": 2027, "holidays": []}')).toBeNull();
  });
});

describe('calendarTarget', () => {
  it('is national without a region, the division code with one', () => {
    const national = calendarOfFile(FIXTURE);
    expect(national && calendarTarget(national)).toEqual({ region: 'national', year: 2027 });
    const guangxi = calendarOfFile(JSON.stringify({ ...JSON.parse(FIXTURE), region: { divisionCode: '450000', name: { zh: '广西壮族自治区' } } }));
    expect(guangxi && calendarTarget(guangxi)).toEqual({ region: '450000', year: 2027 });
  });
});

describe('sortedCalendars', () => {
  it('lists the national years first, then each region by division code, each by year', () => {
    const summary = (region: string, year: number): CalendarSummary => ({ region, regionName: null, year, source: '', origin: 'shipped', loadedBy: 'system', loadedAt: '', holidays: 0, workdays: 0 });
    const sorted = sortedCalendars([summary('450000', 2026), summary('national', 2026), summary('110000', 2026), summary('national', 2025), summary('450000', 2025)]);
    expect(sorted.map((c) => `${c.region} ${c.year}`)).toEqual(['national 2025', 'national 2026', '110000 2026', '450000 2025', '450000 2026']);
  });
});
