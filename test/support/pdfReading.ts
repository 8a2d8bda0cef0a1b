// Reading a PDF back as a person would: its text (poppler's pdftotext, installed by .ci/run), its fonts
// (pdffonts) and the QR codes on its first page, rendered by poppler (pdftoppm, grey) and decoded by jsQR.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';

function withFile<T>(pdf: Uint8Array, use: (file: string, folder: string) => T): T {
  const folder = mkdtempSync(path.join(tmpdir(), 'onego-pdf-'));
  try {
    const file = path.join(folder, 'document.pdf');
    writeFileSync(file, pdf);
    return use(file, folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The document's text, in reading order, with runs of white space made one space. */
export const pdfText = (pdf: Uint8Array): string =>
  withFile(pdf, (file) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })).replace(/\s+/g, ' ');

/** pdffonts' table: one line per font (name, type, encoding, embedded, subset, unicode). */
export const pdfFonts = (pdf: Uint8Array): string[] => withFile(pdf, (file) => execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean));

/** The text of the first QR code found, page by page (rendered at 150 dpi), or null when there is none. */
export function pdfQrCode(pdf: Uint8Array): string | null {
  return withFile(pdf, (file, folder) => {
    execFileSync('pdftoppm', ['-gray', '-r', '150', file, path.join(folder, 'page')]);
    for (const page of readdirSync(folder).filter((f) => f.endsWith('.pgm')).sort()) {
      const found = qrCodeIn(readFileSync(path.join(folder, page)));
      if (found !== null) return found;
    }
    return null;
  });
}

/** The QR code in a grey image (PGM: P5 <width> <height> <maxval>, then one byte per pixel). */
function qrCodeIn(pgm: Buffer): string | null {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 50).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a PGM image');
  const [whole, width, height] = header as unknown as [string, string, string];
  const grey = pgm.subarray(whole.length);
  const rgba = new Uint8ClampedArray(Number(width) * Number(height) * 4);
  for (let i = 0; i < grey.length; i++) rgba.set([grey[i] ?? 255, grey[i] ?? 255, grey[i] ?? 255, 255], i * 4);
  return jsQR(rgba, Number(width), Number(height))?.data ?? null;
}
