// The Chinese font embedded (subset) in every PDF OneGo makes. Found at run time by its path
// (ONEGO_CJK_FONT; by default Debian's fonts-noto-cjk, Noto Sans CJK SC), read once and kept in memory.
// A font collection (.ttc) names the face to use after `#` (`NotoSansCJK-Regular.ttc#NotoSansCJKsc-Regular`);
// Noto's Simplified Chinese face is taken when none is named. Without the file, documents are refused
// with DOCUMENT_FONT_MISSING (the rest of the server is unaffected).
import { readFile } from 'node:fs/promises';
import { DomainError } from '../domainError.ts';

const DEFAULT_CJK_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const DEFAULT_FACE = 'NotoSansCJKsc-Regular';

export interface CjkFont {
  bytes: Buffer;
  /** The face of a collection (.ttc), by its PostScript name. */
  face?: string;
}

export class CjkFontSource {
  private font: Promise<CjkFont> | undefined;

  constructor(private readonly location: string = DEFAULT_CJK_FONT) {}

  get(): Promise<CjkFont> {
    this.font ??= this.read();
    return this.font;
  }

  private async read(): Promise<CjkFont> {
    const hash = this.location.lastIndexOf('#');
    const file = hash > 0 ? this.location.slice(0, hash) : this.location;
    const named = hash > 0 ? this.location.slice(hash + 1) : undefined;
    try {
      const bytes = await readFile(file);
      const face = named ?? (/\.ttc$/i.test(file) ? DEFAULT_FACE : undefined);
      return face === undefined ? { bytes } : { bytes, face };
    } catch {
      // Not cached: an operator may install the font without restarting.
      this.font = undefined;
      throw new DomainError('DOCUMENT_FONT_MISSING', {});
    }
  }
}
