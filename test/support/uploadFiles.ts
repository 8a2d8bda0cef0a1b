// Test support: small real files (a 1×1 PNG, a one-page PDF) made here, multipart bodies built byte by
// byte (so that a test controls the file name and part headers exactly), and an upload helper.
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A valid 1×1 greyscale PNG; `shade` changes its one pixel (and so its bytes). */
export function tinyPng(shade = 0): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header[8] = 8; // bit depth; colour type 0 (greyscale)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.from([0, shade & 0xff]))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A valid one-page PDF (with a correct cross-reference table) showing `text`. */
export function minimalPdf(text = 'OneGo'): Buffer {
  const stream = `BT /F1 24 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

export interface Part {
  field: string;
  /** A file part when given (the name is written as UTF-8 bytes, as browsers do). */
  filename?: string;
  /** An RFC 5987 filename* value (e.g. UTF-8''%E5%BC%A0.png), sent after filename. */
  filenameStar?: string;
  contentType?: string;
  content: Buffer | string;
}

/** A multipart/form-data body and its Content-Type. */
function multipart(parts: Part[]): { body: Buffer; contentType: string } {
  const boundary = `----onego-test-${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    let head = `--${boundary}\r\nContent-Disposition: form-data; name="${part.field}"`;
    if (part.filename !== undefined) head += `; filename="${part.filename.replace(/"/g, '%22')}"`;
    if (part.filenameStar !== undefined) head += `; filename*=${part.filenameStar}`;
    head += '\r\n';
    if (part.contentType) head += `Content-Type: ${part.contentType}\r\n`;
    chunks.push(Buffer.from(`${head}\r\n`, 'utf8'), Buffer.isBuffer(part.content) ? part.content : Buffer.from(part.content, 'utf8'), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

export interface UploadResponse {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

/** POSTs a multipart body to a material of an application. */
export const uploadParts = (base: string, applicationId: string, materialId: string, parts: Part[], token?: string, headers: Record<string, string> = {}): Promise<UploadResponse> =>
  postParts(`${base}/api/applications/${applicationId}/materials/${materialId}`, parts, token, headers);

/** POSTs a multipart body to a URL. */
export async function postParts(url: string, parts: Part[], token?: string, headers: Record<string, string> = {}): Promise<UploadResponse> {
  const { body, contentType } = multipart(parts);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': contentType, ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: new Uint8Array(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
}

/** Uploads one file in the field `file`. */
export const uploadFile = (base: string, applicationId: string, materialId: string, file: { content: Buffer | string; filename?: string; contentType?: string }, token?: string, headers?: Record<string, string>) =>
  uploadParts(base, applicationId, materialId, [{ field: 'file', filename: file.filename ?? 'file', contentType: file.contentType ?? 'application/octet-stream', content: file.content }], token, headers);

/** Uploads one file in the field `file` to a material of a draft (before submission). */
export const uploadDraftFile = (base: string, draftId: string, materialId: string, file: { content: Buffer | string; filename?: string; contentType?: string }, token?: string, headers?: Record<string, string>) =>
  postParts(
    `${base}/api/application-drafts/${draftId}/materials/${materialId}`,
    [{ field: 'file', filename: file.filename ?? 'file', contentType: file.contentType ?? 'application/octet-stream', content: file.content }],
    token,
    headers,
  );
