// A small layout over pdfkit for OneGo's documents: A4, the Chinese font embedded as a subset (only the
// glyphs used), headings, label–value rows, tables, boxes to fill in, a QR code drawn as vector squares,
// and an optional watermark on every page. The same content gives the same bytes: the creation date is
// the document's own (a time of the application or the bundle version), never the clock, and pdfkit's
// file id is derived from the document information.
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { CjkFont } from './cjkFont.ts';

const MARGIN = 56;
const PAGE_WIDTH = 595.28; // A4 in points
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
const FONT = 'cjk';
const GREY = '#555555';

export interface PdfOptions {
  font: CjkFont;
  title: string;
  subject: string;
  /** The document's date (its information dictionary's creation date). */
  createdAt: Date;
  /** A word drawn faintly across every page (示例). */
  watermark?: string;
}

export class PdfWriter {
  private readonly doc: PDFKit.PDFDocument;
  private readonly done: Promise<Buffer>;

  constructor(options: PdfOptions) {
    const doc = new PDFDocument({
      size: 'A4',
      margin: MARGIN,
      bufferPages: false,
      info: { Title: options.title, Subject: options.subject, Creator: 'OneGo', Producer: 'OneGo', CreationDate: options.createdAt },
      lang: 'zh-CN',
      displayTitle: true,
    });
    this.doc = doc;
    const chunks: Buffer[] = [];
    this.done = new Promise((resolve, reject) => {
      doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.on('error', reject);
    });
    doc.registerFont(FONT, options.font.bytes, options.font.face);
    doc.font(FONT);
    if (options.watermark) {
      const word = options.watermark;
      const mark = () => this.watermark(word);
      doc.on('pageAdded', mark);
      mark();
    }
  }

  private watermark(word: string): void {
    const { doc } = this;
    const { x, y } = doc;
    // pdfkit keeps the font size outside the graphics state: restored by hand.
    const size = (doc as unknown as { _fontSize: number })._fontSize;
    doc.save().fillColor('#d8d8d8').fontSize(110).rotate(-35, { origin: [PAGE_WIDTH / 2, 420] });
    doc.text(word, 0, 360, { width: PAGE_WIDTH, align: 'center', lineBreak: false });
    doc.restore();
    doc.fontSize(size).fillColor('black');
    doc.x = x;
    doc.y = y;
  }

  /** Starts a new page when fewer than `height` points are left on this one. */
  private ensureRoom(height: number): void {
    if (this.doc.y + height > this.doc.page.height - MARGIN) this.doc.addPage();
  }

  title(text: string): this {
    this.doc.fontSize(20).fillColor('black').text(text, MARGIN, this.doc.y, { width: CONTENT_WIDTH, align: 'center' });
    this.doc.moveDown(0.8);
    return this;
  }

  note(text: string): this {
    this.doc.fontSize(9).fillColor(GREY).text(text, MARGIN, this.doc.y, { width: CONTENT_WIDTH });
    this.doc.fillColor('black').moveDown(0.5);
    return this;
  }

  paragraph(text: string): this {
    this.doc.fontSize(11).fillColor('black').text(text, MARGIN, this.doc.y, { width: CONTENT_WIDTH, lineGap: 3 });
    this.doc.moveDown(0.5);
    return this;
  }

  heading(text: string): this {
    this.ensureRoom(60);
    this.doc.moveDown(0.4).fontSize(13).fillColor('black').text(text, MARGIN, this.doc.y, { width: CONTENT_WIDTH });
    const y = this.doc.y + 2;
    this.doc.moveTo(MARGIN, y).lineTo(MARGIN + CONTENT_WIDTH, y).lineWidth(0.6).strokeColor('#333333').stroke();
    this.doc.y = y + 6;
    return this;
  }

  /** Label–value lines (办件编号：…). */
  facts(rows: readonly (readonly [string, string])[]): this {
    const labelWidth = 100;
    this.doc.fontSize(11);
    for (const [label, value] of rows) {
      const height = Math.max(this.doc.heightOfString(value, { width: CONTENT_WIDTH - labelWidth }), 14);
      this.ensureRoom(height + 6);
      const y = this.doc.y;
      this.doc.fillColor(GREY).text(`${label}`, MARGIN, y, { width: labelWidth });
      this.doc.fillColor('black').text(value, MARGIN + labelWidth, y, { width: CONTENT_WIDTH - labelWidth });
      this.doc.y = y + height + 6;
    }
    return this;
  }

  /** A table with a header row; column widths as fractions of the page's width. */
  table(headers: readonly string[], rows: readonly (readonly string[])[], fractions: readonly number[]): this {
    const widths = fractions.map((f) => f * CONTENT_WIDTH);
    const pad = 4;
    const drawRow = (cells: readonly string[], bold: boolean) => {
      this.doc.fontSize(10);
      const height = Math.max(...cells.map((cell, i) => this.doc.heightOfString(cell || ' ', { width: (widths[i] ?? 0) - 2 * pad }))) + 2 * pad;
      this.ensureRoom(height);
      const y = this.doc.y;
      let x = MARGIN;
      cells.forEach((cell, i) => {
        const width = widths[i] ?? 0;
        if (bold) this.doc.rect(x, y, width, height).fillColor('#eeeeee').fill();
        this.doc.rect(x, y, width, height).lineWidth(0.5).strokeColor('#888888').stroke();
        this.doc.fillColor('black').text(cell, x + pad, y + pad, { width: width - 2 * pad });
        x += width;
      });
      this.doc.y = y + height;
    };
    drawRow(headers, true);
    for (const row of rows) drawRow(row, false);
    this.doc.moveDown(0.6);
    return this;
  }

  /**
   * A field of a form: its label, then a box — empty to fill in, or holding a value with a small tag
   * (示例) after it. Choices are listed with a square each (■ the chosen one).
   */
  field(label: string, box: { value?: string; tag?: string; choices?: readonly string[]; chosen?: number; hint?: string }): this {
    const labelWidth = 150;
    const boxWidth = CONTENT_WIDTH - labelWidth;
    this.doc.fontSize(10);
    const content = box.choices ? box.choices.map((c, i) => `${i === box.chosen ? '■' : '□'} ${c}`).join('    ') : (box.value ?? '');
    const contentHeight = content ? this.doc.heightOfString(content, { width: boxWidth - 40 }) : 0;
    const labelHeight = this.doc.heightOfString(label, { width: labelWidth - 8 });
    const height = Math.max(22, contentHeight + 10, labelHeight + 10);
    this.ensureRoom(height + (box.hint ? 14 : 4));
    const y = this.doc.y;
    this.doc.fillColor('black').text(label, MARGIN, y + 5, { width: labelWidth - 8 });
    this.doc.rect(MARGIN + labelWidth, y, boxWidth, height).lineWidth(0.6).strokeColor('#666666').stroke();
    if (content) {
      this.doc.text(content, MARGIN + labelWidth + 5, y + 5, { width: boxWidth - 40 });
      if (box.tag) this.doc.fontSize(8).fillColor('#b00000').text(box.tag, MARGIN + CONTENT_WIDTH - 30, y + 6, { width: 26, align: 'right' }).fontSize(10).fillColor('black');
    }
    this.doc.y = y + height + 2;
    if (box.hint) {
      this.doc.fontSize(8).fillColor(GREY).text(box.hint, MARGIN + labelWidth, this.doc.y, { width: boxWidth });
      this.doc.fillColor('black');
    }
    this.doc.y += 4;
    return this;
  }

  /** A QR code of `text` (error correction M), drawn as squares, with a caption beside it and the text in full below it, on one line. */
  qr(text: string, caption: readonly string[]): this {
    const code = QRCode.create(text, { errorCorrectionLevel: 'M' });
    const size = code.modules.size;
    const module = Math.max(2, Math.floor(120 / size));
    const side = module * size;
    this.ensureRoom(side + 50);
    const x0 = MARGIN;
    const y0 = this.doc.y + 10;
    for (let row = 0; row < size; row++) {
      for (let col = 0; col < size; col++) if (code.modules.get(row, col)) this.doc.rect(x0 + col * module, y0 + row * module, module, module);
    }
    this.doc.fillColor('black').fill();
    const textX = x0 + side + 24;
    this.doc.fontSize(10).text(caption.join('\n'), textX, y0 + 4, { width: MARGIN + CONTENT_WIDTH - textX, lineGap: 3 });
    this.doc.fontSize(8).text(text, MARGIN, y0 + side + 8, { width: CONTENT_WIDTH, lineBreak: false });
    this.doc.x = MARGIN;
    this.doc.y = y0 + side + 26;
    return this;
  }

  /** Ends the document and gives its bytes. */
  finish(): Promise<Buffer> {
    this.doc.end();
    return this.done;
  }
}
