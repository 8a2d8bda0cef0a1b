// The media type of an uploaded file, from its bytes (file-type's magic numbers), never from what the
// client says. Two additions: OFD (GB/T 33190, China's fixed-layout document format: a zip whose first
// entry is OFD.xml) and plain text (valid UTF-8 without control characters), which has no magic number.
import { open } from 'node:fs/promises';
import { FileTypeParser, type Detector } from 'file-type/node';

export interface SniffedType {
  mediaType: string;
  /** A file name extension for the type, without the dot ('' when unknown). */
  extension: string;
}

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];

const ofdDetector: Detector = {
  id: 'onego-ofd',
  async detect(tokenizer) {
    const head = new Uint8Array(30 + 64);
    const read = await tokenizer.peekBuffer(head, { length: head.length, mayBeLess: true });
    if (read < 30 || !ZIP_LOCAL_HEADER.every((byte, i) => head[i] === byte)) return undefined;
    const nameLength = (head[26] ?? 0) | ((head[27] ?? 0) << 8);
    const name = Buffer.from(head.subarray(30, 30 + nameLength)).toString('latin1');
    return name === 'OFD.xml' ? { ext: 'ofd', mime: 'application/ofd' } : undefined;
  },
};

const parser = new FileTypeParser({ customDetectors: [ofdDetector] });
const TEXT_SAMPLE = 64 * 1024;
/** Tab, line feed, form feed, carriage return. */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0c, 0x0d]);

/** True when the sample is UTF-8 text: decodes strictly and has no control characters but tab, LF, FF, CR. */
function looksLikeText(sample: Uint8Array): boolean {
  if (sample.length === 0) return false;
  let text: string;
  try {
    // stream: true, so that a character cut at the end of the sample is not an error.
    text = new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
  } catch {
    return false;
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && !TEXT_CONTROLS.has(code)) || code === 0x7f) return false;
  }
  return true;
}

export async function sniffMediaType(file: string): Promise<SniffedType> {
  const found = await parser.fromFile(file);
  if (found) return { mediaType: found.mime, extension: found.ext };
  const handle = await open(file, 'r');
  try {
    const sample = new Uint8Array(TEXT_SAMPLE);
    const { bytesRead } = await handle.read(sample, 0, TEXT_SAMPLE, 0);
    if (looksLikeText(sample.subarray(0, bytesRead))) return { mediaType: 'text/plain', extension: 'txt' };
  } finally {
    await handle.close();
  }
  return { mediaType: 'application/octet-stream', extension: '' };
}
