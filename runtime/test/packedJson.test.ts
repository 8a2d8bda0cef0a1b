// The application's large JSON columns are stored deflated; plain JSON (rows written before) still reads.
import { describe, expect, it } from 'vitest';
import { packJson, unpackJson } from '../src/db/packedJson.ts';

describe('packed JSON columns', () => {
  const value = { context: { matters: { 'birth-medical-certificate': { status: 'approved', by: '张三' } }, results: [] }, data: { name: '李沐辰', weightGrams: 3350 } };

  it('round-trips any JSON value, Chinese text included, and is much shorter for a snapshot', () => {
    const snapshot = { status: 'active', value: { processing: Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`matter-${i}`, 'pending'])) }, context: value.context };
    for (const v of [value, snapshot, [], 'text', 0, null]) expect(unpackJson(packJson(v))).toEqual(v);
    expect(packJson(snapshot).startsWith('z1:')).toBe(true);
    expect(packJson(snapshot).length).toBeLessThan(JSON.stringify(snapshot).length);
  });

  it('reads plain JSON text as it is (rows written before)', () => {
    expect(unpackJson(JSON.stringify(value))).toEqual(value);
  });
});
