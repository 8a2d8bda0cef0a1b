// The pure parts of the form widgets: finding a place by typing, tidying a typed time, reading a typed
// number, and where a field's region and depth come from.
import { describe, expect, it } from 'vitest';
import type { Division } from '../src/divisions/divisionData.ts';
import { depthOf, regionPrefix } from '../src/divisions/divisionField.ts';
import { searchDivisions } from '../src/divisions/divisionSearch.ts';
import { tidyTime } from '../src/form/widgets/HourMinuteWidget.tsx';
import { readNumber } from '../src/form/widgets/NumberWidget.tsx';

const d = (code: string, name: string, children: Division[] = []): Division => ({ code, name, children });
const PROVINCES = [
  d('11', '北京市', [d('1101', '市辖区', [d('110101', '东城区')])]),
  d('41', '河南省', [d('4101', '郑州市', [d('410102', '中原区'), d('410105', '金水区')]), d('4103', '洛阳市', [d('410302', '老城区')])]),
  d('53', '云南省', [d('5301', '昆明市', [d('530102', '五华区')])]),
];
const NAMES = new Map<string, string>();
const index = (list: Division[]) => list.forEach((x) => (NAMES.set(x.code, x.name), index(x.children)));
index(PROVINCES);

describe('finding a place by typing', () => {
  it('finds 郑州市金水区 from 金水, and from 郑州 金水', () => {
    expect(searchDivisions(PROVINCES, NAMES, '金水', 3)).toEqual([{ code: '410105', label: '河南省 郑州市 金水区' }]);
    expect(searchDivisions(PROVINCES, NAMES, '郑州 金水', 3)[0]?.code).toBe('410105');
  });

  it('lists the place named first, then the places inside it; grouping names are left out', () => {
    expect(searchDivisions(PROVINCES, NAMES, '郑州', 3).map((m) => m.label)).toEqual(['河南省 郑州市', '河南省 郑州市 中原区', '河南省 郑州市 金水区']);
    expect(searchDivisions(PROVINCES, NAMES, '东城', 3)).toEqual([{ code: '110101', label: '北京市 东城区' }]);
    expect(searchDivisions(PROVINCES, NAMES, '郑州', 2).map((m) => m.code)).toEqual(['410100']);
    expect(searchDivisions(PROVINCES, NAMES, '  ', 3)).toEqual([]);
  });
});

describe('a field’s depth and region', () => {
  it('district by default; street for township codes; a pattern of fixed digits limits the region', () => {
    expect(depthOf({ format: 'cn-division-code' })).toBe(3);
    expect(depthOf({ format: 'cn-division-code', 'x-division-level': 'city' })).toBe(2);
    expect(depthOf({ format: 'cn-township-code', 'x-division-level': 'street' })).toBe(4);
    expect(regionPrefix({ pattern: '^53[0-9]{4}$' })).toBe('53');
    expect(regionPrefix({ allOf: [{ pattern: '^41' }, { pattern: '^4101' }] })).toBe('4101');
    expect(regionPrefix({ pattern: '[0-9]{6}' })).toBe('');
  });
});

describe('typed values', () => {
  it('tidies the usual ways of writing a time, and leaves a wrong one as typed', () => {
    expect(['8:30', '0830', '８：３０', '8.30', ' 14:35 '].map(tidyTime)).toEqual(['08:30', '08:30', '08:30', '08:30', '14:35']);
    expect(tidyTime('25:10')).toBe('25:10');
    expect(tidyTime('下午三点')).toBe('下午三点');
  });

  it('reads numbers with commas, spaces, full-width digits and 元; keeps what is not a number', () => {
    expect(['1,280.50', '１２８０', ' 12 ', '6500元', '-3', '.5'].map(readNumber)).toEqual([1280.5, 1280, 12, 6500, -3, 0.5]);
    expect(readNumber('')).toBeUndefined();
    expect(readNumber('十二')).toBe('十二');
    expect(readNumber('1.2.3')).toBe('1.2.3');
  });
});
