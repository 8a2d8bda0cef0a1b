// A guardian (监护人) may apply for a minor: under 18 by the ID number's birth date, on the day in China.
import { describe, expect, it } from 'vitest';
import { isMinorOn } from '../src/applicants/residentAge.ts';

const BORN_2008_03_02 = '410102200803020012';

describe('isMinorOn', () => {
  it('is a minor until the 18th birthday begins in China Standard Time', () => {
    expect(isMinorOn(BORN_2008_03_02, new Date('2026-03-01T15:59:59Z'))).toBe(true); // 23:59:59 on 1 March in China
    expect(isMinorOn(BORN_2008_03_02, new Date('2026-03-01T16:00:00Z'))).toBe(false); // 00:00 on 2 March in China
  });

  it('is no minor for a number without a birth date', () => {
    expect(isMinorOn('4101022008AB020012', new Date('2026-01-01T00:00:00Z'))).toBe(false);
  });
});
