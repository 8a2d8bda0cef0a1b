// The files of a small multipart/form-data request (a catalogue import: a spreadsheet, or two CSV
// files), read into memory: at most `maxFiles` files of the field `file`, each at most `maxBytes`. A larger
// file is 413 IMPORT_FILE_TOO_LARGE; another body than multipart is 415 MULTIPART_REQUIRED; a malformed
// or interrupted body is 400. Nothing is written anywhere.
import busboy from 'busboy';
import type { Context } from 'koa';
import { AppError } from './appError.ts';

export interface FileInMemory {
  name: string;
  bytes: Uint8Array;
}

const FILE_FIELD = 'file';

export async function uploadedFilesInMemory(ctx: Context, { maxFiles, maxBytes }: { maxFiles: number; maxBytes: number }): Promise<FileInMemory[]> {
  if (!ctx.is('multipart/form-data')) throw new AppError(415, 'MULTIPART_REQUIRED');
  let parser: busboy.Busboy;
  try {
    parser = busboy({ headers: ctx.req.headers, defParamCharset: 'utf8', limits: { files: maxFiles, fileSize: maxBytes + 1, fields: 20, fieldSize: 4096, parts: maxFiles + 20 } });
  } catch {
    throw new AppError(400, 'BAD_REQUEST', { detail: 'malformed multipart/form-data (no boundary)' });
  }
  const files: Promise<FileInMemory>[] = [];
  let tooMany = false;
  await new Promise<void>((resolve, reject) => {
    parser.on('file', (field, stream, info) => {
      if (field !== FILE_FIELD) {
        stream.resume();
        return;
      }
      const read = new Promise<FileInMemory>((done, fail) => {
        const chunks: Buffer[] = [];
        let size = 0;
        stream.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size <= maxBytes) chunks.push(chunk);
        });
        stream.once('limit', () => fail(new AppError(413, 'IMPORT_FILE_TOO_LARGE', { file: info.filename ?? 'file', limit: `${Math.round(maxBytes / 1024 / 1024)} MB` })));
        stream.once('error', fail);
        stream.once('end', () => done({ name: info.filename ?? 'file', bytes: new Uint8Array(Buffer.concat(chunks)) }));
      });
      read.catch(() => undefined);
      files.push(read);
    });
    parser.on('filesLimit', () => (tooMany = true));
    parser.once('error', () => reject(new AppError(400, 'BAD_REQUEST', { detail: 'malformed multipart/form-data' })));
    parser.once('close', resolve);
    ctx.req.once('aborted', () => reject(new AppError(400, 'BAD_REQUEST', { detail: 'the upload was interrupted' })));
    ctx.req.pipe(parser);
  });
  if (tooMany) throw new AppError(400, 'BAD_REQUEST', { detail: `at most ${maxFiles} files` });
  const read = await Promise.all(files);
  if (read.length === 0) throw new AppError(400, 'BAD_REQUEST', { detail: 'no file: send the spreadsheet or JSON in the field "file"' });
  return read;
}
