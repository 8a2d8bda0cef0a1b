import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bankCardProblem } from '../src/formats/bankCard.ts';
import { divisionCodeProblem } from '../src/formats/divisionCode.ts';
import { isMobileNumber } from '../src/formats/mobile.ts';
import { residentIdCheckChar, residentIdProblem } from '../src/formats/residentId.ts';
import { creditCodeCheckChar, creditCodeProblem } from '../src/formats/unifiedCreditCode.ts';

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const CREDIT_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** First 17 characters of a resident ID with a real province code and a real birth date. */
const residentIdBody = fc
  .record({
    province: fc.constantFrom('11', '31', '41', '44', '53', '65', '81'),
    rest: digits(4),
    birth: fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
    sequence: digits(3),
  })
  .map(({ province, rest, birth, sequence }) => `${province}${rest}${birth.toISOString().slice(0, 10).replace(/-/g, '')}${sequence}`);

describe('resident ID number (GB 11643)', () => {
  it('accepts the standard example and rejects a wrong check digit', () => {
    expect(residentIdProblem('11010519491231002X')).toBeNull();
    expect(residentIdProblem('110105194912310021')).toBe('checksum');
  });

  it('names the problem: shape, division, birth date', () => {
    expect(residentIdProblem('11010519491231002')).toBe('shape');
    expect(residentIdProblem('11010519491231002x')).toBe('shape');
    expect(residentIdProblem('990105194912310028')).toBe('division');
    const feb30 = '11010519490230002';
    expect(residentIdProblem(feb30 + residentIdCheckChar(feb30))).toBe('birthDate');
  });

  it('accepts every body with its computed check character and rejects every other character', () => {
    fc.assert(
      fc.property(residentIdBody, fc.constantFrom(...'0123456789X'), (body, other) => {
        const check = residentIdCheckChar(body);
        expect(residentIdProblem(body + check)).toBeNull();
        if (other !== check) expect(residentIdProblem(body + other)).toBe('checksum');
      }),
    );
  });
});

describe('unified social credit code (GB 32100)', () => {
  it('accepts a published code and rejects a changed check character', () => {
    expect(creditCodeProblem('91350100M000100Y43')).toBeNull();
    expect(creditCodeProblem('91350100M000100Y44')).toBe('checksum');
  });

  it('rejects letters outside the code set and unknown authority codes', () => {
    expect(creditCodeProblem('91350100M000100I43')).toBe('shape');
    expect(creditCodeProblem('Z1350100M000100Y43')).toBe('shape');
    expect(creditCodeProblem('B1350100M000100Y43')).toBe('authority');
    expect(creditCodeProblem('94350100M000100Y43')).toBe('authority');
  });

  it('accepts every body with its computed check character and rejects any other', () => {
    const body = fc
      .record({ org: fc.array(fc.constantFrom(...CREDIT_CHARSET), { minLength: 9, maxLength: 9 }), county: digits(4) })
      .map(({ org, county }) => `9153${county}${org.join('')}`);
    fc.assert(
      fc.property(body, fc.constantFrom(...CREDIT_CHARSET), (first17, other) => {
        const check = creditCodeCheckChar(first17);
        expect(creditCodeProblem(first17 + check)).toBeNull();
        if (other !== check) expect(creditCodeProblem(first17 + other)).toBe('checksum');
      }),
    );
  });
});

describe('other formats', () => {
  it('bank card numbers pass Luhn', () => {
    expect(bankCardProblem('6222020200112233446')).toBeNull();
    expect(bankCardProblem('6222020200112233440')).toBe('checksum');
    expect(bankCardProblem('62220202')).toBe('shape');
  });

  it('mobile numbers are 11 digits starting 13–19', () => {
    expect(isMobileNumber('13800138000')).toBe(true);
    expect(isMobileNumber('12800138000')).toBe(false);
    expect(isMobileNumber('1380013800')).toBe(false);
  });

  it('division codes have a real province and a consistent hierarchy', () => {
    expect(divisionCodeProblem('410105')).toBeNull();
    expect(divisionCodeProblem('410000')).toBeNull();
    expect(divisionCodeProblem('990105')).toBe('province');
    expect(divisionCodeProblem('410001')).toBe('shape');
    expect(divisionCodeProblem('4101')).toBe('shape');
  });
});

describe('form formats: a time, a month, an amount', () => {
  it('hour-minute: 00:00 to 23:59, two digits each', async () => {
    const { isHourMinute } = await import('../src/formats/hourMinute.ts');
    for (const good of ['00:00', '08:30', '14:35', '23:59']) expect(isHourMinute(good), good).toBe(true);
    for (const bad of ['24:00', '8:30', '14:60', '14:35:00', '1435', '14：35']) expect(isHourMinute(bad), bad).toBe(false);
  });

  it('year-month: a year and a month 01 to 12', async () => {
    const { isYearMonth } = await import('../src/formats/yearMonth.ts');
    for (const good of ['2025-03', '1999-12', '2030-01']) expect(isYearMonth(good), good).toBe(true);
    for (const bad of ['2025-13', '2025-00', '2025-3', '25-03', '2025-03-01']) expect(isYearMonth(bad), bad).toBe(false);
  });

  it('amount: any number of whole fen (at most two decimals), however it was computed', async () => {
    const { isAmount } = await import('../src/formats/amount.ts');
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (fen) => isAmount(fen / 100)));
    expect(isAmount(0.1 + 0.2)).toBe(true);
    expect(isAmount(12.345)).toBe(false);
    expect(isAmount(Number.POSITIVE_INFINITY)).toBe(false);
  });
});

describe('township code (乡镇/街道, 9 digits)', () => {
  it('is a county code and three digits, not 000', async () => {
    const { townshipCodeProblem } = await import('../src/formats/divisionCode.ts');
    expect(townshipCodeProblem('410105001')).toBeNull();
    expect(townshipCodeProblem('410105')).toBe('shape');
    expect(townshipCodeProblem('410105000')).toBe('township');
    expect(townshipCodeProblem('410100001')).toBe('township');
    expect(townshipCodeProblem('990105001')).toBe('province');
  });
});
