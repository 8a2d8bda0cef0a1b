// The large JSON columns of an application (its statechart snapshot and its data) are stored deflated.
// Since migration 011 in binary columns (snapshot_deflated, data_deflated), the text columns left '':
// a format byte, then the raw-deflated UTF-8 JSON — with a preset dictionary of the application's bundle
// version when it has one (bundle_versions.packing: its data's keys, its matters, the snapshot's shape;
// packingDictionary.ts). A completed newborn application's row was about 2.3 KB with base64 text, 1.8 KB
// in bytes (two to a page), about 1.2 KB with the dictionary (three to a page; npm run bench). Rows written
// before keep their text form: `z1:` + base64 of the raw-deflated JSON, or plain JSON (JSON never starts
// with `z`). Always read these columns with `snapshotOf` / `dataOf`, which take whichever form the row has,
// given the compiled bundle version (the catalog gives each its Packer).
import { deflateRawSync, inflateRawSync } from 'node:zlib';

const PREFIX = 'z1:';

/** The value as stored before migration 011: deflated JSON, `z1:` + base64. */
export function packJson(value: unknown): string {
  return PREFIX + deflateRawSync(Buffer.from(JSON.stringify(value), 'utf8')).toString('base64');
}

/** The value of a column written by `packJson`, or of plain JSON text. */
export function unpackJson<T = unknown>(text: string): T {
  if (!text.startsWith(PREFIX)) return JSON.parse(text) as T;
  return JSON.parse(inflateRawSync(Buffer.from(text.slice(PREFIX.length), 'base64')).toString('utf8')) as T;
}

/** Format bytes of the binary columns. */
const DEFLATED = 1;
const DEFLATED_WITH_DICTIONARY = 2;

/** Packs and unpacks the binary columns of the applications of one bundle version. */
export class Packer {
  private readonly dictionary: Buffer | null;

  /** `dictionary`: the version's preset dictionary (bundle_versions.packing), or null when it has none. */
  constructor(dictionary: string | null) {
    this.dictionary = dictionary ? Buffer.from(dictionary, 'utf8') : null;
  }

  pack(value: unknown): Buffer {
    const json = Buffer.from(JSON.stringify(value), 'utf8');
    const body = this.dictionary ? deflateRawSync(json, { dictionary: this.dictionary }) : deflateRawSync(json);
    const packed = Buffer.allocUnsafe(body.length + 1);
    packed[0] = this.dictionary ? DEFLATED_WITH_DICTIONARY : DEFLATED;
    body.copy(packed, 1);
    return packed;
  }

  unpack<T = unknown>(bytes: Uint8Array): T {
    const body = bytes.subarray(1);
    switch (bytes[0]) {
      case DEFLATED:
        return JSON.parse(inflateRawSync(body).toString('utf8')) as T;
      case DEFLATED_WITH_DICTIONARY:
        if (!this.dictionary) throw new Error('packed with a dictionary its bundle version does not have');
        return JSON.parse(inflateRawSync(body, { dictionary: this.dictionary }).toString('utf8')) as T;
      default:
        throw new Error(`unknown packed format ${String(bytes[0])}`);
    }
  }
}

const PLAIN = new Packer(null);
const packers = new WeakMap<object, Packer>();

/** Makes `packer` the one of a compiled bundle version (the catalog does, when it compiles one). */
export function registerPacker(compiled: object, packer: Packer): void {
  packers.set(compiled, packer);
}

/** The packer of a compiled bundle version: without a dictionary unless the catalog registered one. */
export const packerOf = (compiled: object): Packer => packers.get(compiled) ?? PLAIN;

/** An application row's snapshot and data, in either form (the binary column when it is set). */
export interface PackedColumns {
  snapshot: string;
  snapshot_deflated?: Uint8Array | null;
  data: string;
  data_deflated?: Uint8Array | null;
}

/** The snapshot of an application of the compiled bundle version `compiled`. */
export const snapshotOf = <T = unknown>(row: Pick<PackedColumns, 'snapshot' | 'snapshot_deflated'>, compiled: object): T =>
  row.snapshot_deflated ? packerOf(compiled).unpack<T>(row.snapshot_deflated) : unpackJson<T>(row.snapshot);

/** The data of an application of the compiled bundle version `compiled`. */
export const dataOf = <T = unknown>(row: Pick<PackedColumns, 'data' | 'data_deflated'>, compiled: object): T =>
  row.data_deflated ? packerOf(compiled).unpack<T>(row.data_deflated) : unpackJson<T>(row.data);

/** The columns that store a packed snapshot now (the text column is left empty). */
export const snapshotColumns = (packed: Buffer) => ({ snapshot: '', snapshot_deflated: packed });

/** The columns that store data now (the text column is left empty). */
export const dataColumns = (data: unknown, compiled: object) => ({ data: '', data_deflated: packerOf(compiled).pack(data) });
