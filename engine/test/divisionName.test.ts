import { describe, expect, it } from 'vitest';
import { divisionLevels, divisionName, indexDivisions, type DivisionNode } from '../src/divisions/divisionName.ts';

// A small piece of a GB/T 2260 tree, shaped as the data packages nest it.
const TREE: DivisionNode[] = [
  { code: '11', name: '北京市', children: [{ code: '1101', name: '市辖区', children: [{ code: '110101', name: '东城区' }] }] },
  {
    code: '41',
    name: '河南省',
    children: [
      { code: '4101', name: '郑州市', children: [{ code: '410105', name: '金水区' }] },
      { code: '4190', name: '省直辖县级行政区划', children: [{ code: '419001', name: '济源市' }] },
    ],
  },
  { code: '62', name: '甘肃省', children: [{ code: '6202', name: '嘉峪关市', children: [{ code: '620201', name: '嘉峪关市' }] }] },
];
const names = indexDivisions(TREE);
const lookup = (code: string) => names.get(code) ?? (code === '410105001' ? '经八路街道' : undefined);

describe('division names', () => {
  it('reads a code as its places, province first', () => {
    expect(divisionName('410105', lookup)).toBe('河南省 郑州市 金水区');
    expect(divisionName('410100', lookup)).toBe('河南省 郑州市');
    expect(divisionName('410000', lookup)).toBe('河南省');
    expect(divisionName('410105001', lookup)).toBe('河南省 郑州市 金水区 经八路街道');
  });

  it('leaves out the statistics office’s grouping names (市辖区, 省直辖县级行政区划)', () => {
    expect(divisionName('110101', lookup)).toBe('北京市 东城区');
    expect(divisionName('419001', lookup)).toBe('河南省 济源市');
    expect(divisionName('620201', lookup)).toBe('甘肃省 嘉峪关市');
  });

  it('shows the code itself when the data does not know it, or it is not a code', () => {
    expect(divisionName('410199', lookup)).toBe('410199');
    expect(divisionName('金水区', lookup)).toBe('金水区');
    expect(divisionLevels('4101')).toEqual([]);
  });
});
