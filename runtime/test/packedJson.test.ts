// The application's large JSON columns are stored deflated: in bytes with a bundle version's preset
// dictionary since migration 011; the text forms of rows written before (`z1:` base64, plain JSON) still read.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packingDictionary } from '../src/bundles/packingDictionary.ts';
import { loadCompiledBundle } from '../src/cli/loadBundle.ts';
import { dataColumns, dataOf, packJson, Packer, registerPacker, snapshotColumns, snapshotOf, unpackJson } from '../src/db/packedJson.ts';

const value = { context: { matters: { 'birth-medical-certificate': { status: 'approved', by: '张三' } }, results: [] }, data: { name: '李沐辰', weightGrams: 3350 } };
const silent = { out: () => undefined, err: () => undefined };

describe('packed JSON text (rows written before migration 011)', () => {
  it('round-trips any JSON value, Chinese text included, and is much shorter for a snapshot', () => {
    const snapshot = { status: 'active', value: { processing: Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`matter-${i}`, 'pending'])) }, context: value.context };
    for (const v of [value, snapshot, [], 'text', 0, null]) expect(unpackJson(packJson(v))).toEqual(v);
    expect(packJson(snapshot).startsWith('z1:')).toBe(true);
    expect(packJson(snapshot).length).toBeLessThan(JSON.stringify(snapshot).length);
  });

  it('reads plain JSON text as it is', () => {
    expect(unpackJson(JSON.stringify(value))).toEqual(value);
  });
});

describe('packed bytes (migration 011)', () => {
  const dictionary = '{"context":{"matters":{"birth-medical-certificate":{"status":"approved","by":""}},"results":[]},"data":{"name":"","weightGrams":0}}';

  it('round-trip with and without a dictionary; with one, shorter', () => {
    const plain = new Packer(null);
    const withDictionary = new Packer(dictionary);
    for (const v of [value, [], 'text', 0, null]) {
      expect(plain.unpack(plain.pack(v))).toEqual(v);
      expect(withDictionary.unpack(withDictionary.pack(v))).toEqual(v);
    }
    expect(withDictionary.pack(value).length).toBeLessThan(plain.pack(value).length);
    expect(plain.pack(value).length).toBeLessThan(packJson(value).length);
  });

  it('read bytes packed without a dictionary with any packer, and refuse to guess a missing dictionary', () => {
    const packed = new Packer(null).pack(value);
    expect(new Packer(dictionary).unpack(packed)).toEqual(value);
    expect(() => new Packer(null).unpack(new Packer(dictionary).pack(value))).toThrow(/dictionary/);
    expect(() => new Packer(null).unpack(Uint8Array.of(9, 1, 2))).toThrow(/format 9/);
  });

  it('an application row reads from the binary columns when they are set, else from the text', () => {
    const compiled = {};
    registerPacker(compiled, new Packer(dictionary));
    expect(snapshotOf({ ...snapshotColumns(new Packer(dictionary).pack(value)) }, compiled)).toEqual(value);
    expect(snapshotOf({ snapshot: packJson(value), snapshot_deflated: null }, compiled)).toEqual(value);
    expect(dataOf({ ...dataColumns(value, compiled) }, compiled)).toEqual(value);
    expect(dataOf({ data: JSON.stringify(value) }, compiled)).toEqual(value);
  });

  it('a bundle version’s dictionary halves what its applications’ data take', async () => {
    const compiled = await loadCompiledBundle('examples/newborn', 'zh', silent);
    const sample = JSON.parse(readFileSync('examples/newborn/samples/valid-single-birth.json', 'utf8')) as { data: unknown };
    const made = packingDictionary(compiled);
    expect(made).toBe(packingDictionary(compiled)); // the same definition, the same dictionary
    expect(made).toContain('"birth-medical-certificate"');
    const packed = new Packer(made).pack(sample.data);
    expect(new Packer(made).unpack(packed)).toEqual(sample.data);
    expect(packed.length).toBeLessThan(new Packer(null).pack(sample.data).length * 0.6);
  });
});
