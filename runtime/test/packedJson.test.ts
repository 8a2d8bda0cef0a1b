// The application's large JSON columns are stored deflated; plain JSON (rows written before) still reads.
import { describe, expect, it } from 'vitest';
import { dataColumns, dataOf, deflateJson, inflateJson, packJson, snapshotColumns, snapshotOf, unpackJson } from '../src/db/packedJson.ts';

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

describe('binary columns (migration 011)', () => {
  const value = { context: { matters: { a: { status: 'approved', by: '张三' } } } };

  it('round-trip through deflated bytes, shorter than the text form', () => {
    const bytes = deflateJson(value);
    expect(inflateJson(bytes)).toEqual(value);
    expect(bytes.length).toBeLessThan(packJson(value).length);
  });

  it('an application row reads from the binary column when it is set, else from the text', () => {
    expect(snapshotOf({ ...snapshotColumns(deflateJson(value)) })).toEqual(value);
    expect(snapshotOf({ snapshot: packJson(value), snapshot_deflated: null })).toEqual(value);
    expect(dataOf({ ...dataColumns(value) })).toEqual(value);
    expect(dataOf({ data: JSON.stringify(value) })).toEqual(value);
  });
});
