// A one-page PDF of an e-licence (电子证照) with its face data (照面信息), Chinese included, written by hand:
// the text uses Adobe's predefined Chinese font STSong-Light with the UniGB-UCS2-H encoding, which PDF
// readers provide themselves, so nothing is embedded and the file stays about 2 KB. Strings are UTF-16BE
// hex (characters of the Basic Multilingual Plane, as names and numbers are).
const hex = (text: string): string =>
  [...text].map((c) => (c.codePointAt(0) ?? 0x3f).toString(16).padStart(4, '0')).join('').toUpperCase();

/** The PDF bytes: a title line, then one line per entry. */
export function licencePdf(title: string, lines: readonly (readonly [label: string, value: string])[]): Buffer {
  const body: string[] = ['BT', '/F1 22 Tf', '72 760 Td', `<${hex(title)}> Tj`, '/F1 12 Tf', '0 -40 Td'];
  for (const [label, value] of lines) body.push(`<${hex(`${label}：${value}`)}> Tj`, '0 -22 Td');
  body.push('ET');
  const content = body.join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 6 0 R >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [5 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (const [i, object] of objects.entries()) {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${object}\nendobj\n`;
  }
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** The text lines of a PDF written by licencePdf (for tests and the README's check). */
export function licencePdfText(pdf: Buffer): string[] {
  return [...pdf.toString('latin1').matchAll(/<([0-9A-F]+)> Tj/g)].map((m) =>
    String.fromCodePoint(...((m[1] ?? '').match(/.{4}/g) ?? []).map((h) => parseInt(h, 16))),
  );
}
