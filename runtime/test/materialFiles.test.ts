// The pieces of material uploads on a real file system: file names, the limits of a material listed by
// several matters, type sniffing (file-type, OFD, text). The blob stores: blobStores.test.ts.
import { writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import type { Matter } from '@onego/schemas/types';
import { describe, expect, it } from 'vitest';
import { minimalPdf, tinyPng } from '../../test/support/uploadFiles.ts';
import { sanitizeFileName } from '../src/materials/sanitizeFileName.ts';
import { sniffMediaType } from '../src/materials/sniffMediaType.ts';
import { DEFAULT_UPLOAD_LIMITS, formatBytes, materialTarget } from '../src/materials/uploadLimits.ts';

const folder = () => mkdtemp(path.join(tmpdir(), 'onego-materials-'));

describe('sanitizeFileName', () => {
  it('keeps the last path segment and Chinese, drops control, bidi and Windows-reserved characters', () => {
    expect(sanitizeFileName('../../出生医学证明.pdf', 'x')).toBe('出生医学证明.pdf');
    expect(sanitizeFileName('D:\\扫描\\户口簿 首页.jpg', 'x')).toBe('户口簿 首页.jpg');
    expect(sanitizeFileName('a\u0000b\u202ec\u200bd.png', 'x')).toBe('abcd.png');
    expect(sanitizeFileName('line\nbreak\t.png', 'x')).toBe('line break .png');
    expect(sanitizeFileName('  ..hidden..  ', 'x')).toBe('hidden');
    expect(sanitizeFileName('e\u0301.png', 'x')).toBe('é.png');
  });

  it('falls back when nothing is left, and cuts long names to 100 characters keeping the extension', () => {
    expect(sanitizeFileName(undefined, 'parents-id-cards.png')).toBe('parents-id-cards.png');
    expect(sanitizeFileName('/', 'fallback.pdf')).toBe('fallback.pdf');
    const long = sanitizeFileName(`${'证'.repeat(200)}.jpeg`, 'x');
    expect([...long]).toHaveLength(100);
    expect(long.endsWith('.jpeg')).toBe(true);
    expect([...sanitizeFileName('x'.repeat(300), 'y')]).toHaveLength(100);
  });
});

describe('materialTarget', () => {
  const matter = (id: string, materials: Matter['materials']) => ({ id, materials }) as unknown as Matter;
  const matters = new Map<string, Matter>([
    ['a', matter('a', [{ id: 'id-card', name: { zh: '身份证', en: 'ID card' }, upload: { mediaTypes: ['image/jpeg', 'image/png', 'application/pdf'], maxBytes: 5_000_000 } }] as Matter['materials'])],
    ['b', matter('b', [{ id: 'id-card', name: { zh: '身份证', en: 'ID card' }, upload: { mediaTypes: ['application/pdf', 'image/png'], maxBytes: 8_000_000 } }] as Matter['materials'])],
    ['c', matter('c', [{ id: 'id-card', name: { zh: '身份证', en: 'ID card' } }, { id: 'letter', name: { zh: '函', en: 'Letter' } }] as Matter['materials'])],
  ]);

  it('takes the strictest limits of the included matters that list the material', () => {
    expect(materialTarget(matters, ['a', 'b'], 'id-card')).toMatchObject({ matterIds: ['a', 'b'], limits: { mediaTypes: ['image/png', 'application/pdf'], maxBytes: 5_000_000 } });
    expect(materialTarget(matters, ['b', 'c'], 'id-card')?.limits).toEqual({ mediaTypes: ['application/pdf', 'image/png'], maxBytes: 8_000_000 });
    expect(materialTarget(matters, ['c'], 'letter')?.limits).toEqual(DEFAULT_UPLOAD_LIMITS);
  });

  it('knows only the materials of included matters', () => {
    expect(materialTarget(matters, ['a', 'b'], 'letter')).toBeUndefined();
    expect(materialTarget(matters, ['c'], 'nothing')).toBeUndefined();
  });

  it('formats sizes for messages', () => {
    expect([formatBytes(5 * 1024 * 1024), formatBytes(1536 * 1024), formatBytes(2048), formatBytes(10)]).toEqual(['5 MB', '1.5 MB', '2 KB', '10 B']);
  });
});

describe('sniffMediaType', () => {
  /** A zip with one stored entry, as OFD writers make them (OFD.xml first). */
  function zipWith(name: string, content: string): Buffer {
    const data = deflateRawSync(Buffer.from(content));
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(8, 8);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(content.length, 22);
    header.writeUInt16LE(Buffer.byteLength(name), 26);
    return Buffer.concat([header, Buffer.from(name), data]);
  }

  it('recognises PNG, PDF, OFD, text and unknown bytes, whatever the file is called', async () => {
    const dir = await folder();
    const files: [string, Buffer | string, string][] = [
      ['a.pdf', tinyPng(), 'image/png'],
      ['b.png', minimalPdf(), 'application/pdf'],
      ['c.ofd', zipWith('OFD.xml', '<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"/>'), 'application/ofd'],
      ['d.zip', zipWith('readme.txt', 'hello'), 'application/zip'],
      ['e.png', '申请说明：这是一段文字。\n', 'text/plain'],
      ['f.bin', Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00]), 'application/octet-stream'],
    ];
    for (const [name, content, expected] of files) {
      writeFileSync(path.join(dir, name), content);
      expect((await sniffMediaType(path.join(dir, name))).mediaType, name).toBe(expected);
    }
  });
});
