// Reads a multipart/form-data request (busboy) and streams its one file, from the field `file`, into a
// temp file of the blob store — never more than maxBytes + 1 bytes of it: a longer file is cut there and
// marked truncated. Other fields are ignored; a second file is refused. When the body cannot be read to
// its end (the client went away, the multipart is malformed), the file's stream is destroyed, so that its
// temp file is closed and removed before the error is thrown: nothing is left open or on disk.
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import busboy from 'busboy';
import { DomainError } from '../domainError.ts';
import type { BlobStore } from './blobStore.ts';
import type { TempBlob } from './tempUploads.ts';

const FILE_FIELD = 'file';

export interface ReceivedFile extends TempBlob {
  /** The file name as the client sent it (not sanitised). */
  filename: string | undefined;
  /** The Content-Type of the part as the client sent it (recorded, never trusted; busboy reports text/plain for a part that names none). */
  declaredType: string | undefined;
  /** The file was longer than maxBytes (what was kept is not the whole file). */
  truncated: boolean;
}

const malformed = (detail: string) => new DomainError('BAD_REQUEST', { detail });

/** The file of the request, or undefined when it has none. Throws BAD_REQUEST for a malformed body or two files. */
export async function receiveFile(request: IncomingMessage, blobs: BlobStore, maxBytes: number): Promise<ReceivedFile | undefined> {
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: request.headers,
      defParamCharset: 'utf8', // browsers send UTF-8 file names (e.g. 出生医学证明.pdf) as raw bytes
      // One byte over the limit is read, so that a file of exactly maxBytes is not taken as cut.
      limits: { files: 1, fileSize: maxBytes + 1, fields: 20, fieldSize: 4096, parts: 21, headerPairs: 20 },
    });
  } catch {
    throw malformed('malformed multipart/form-data (no boundary)');
  }
  let received: Promise<ReceivedFile> | undefined;
  let fileStream: Readable | undefined;
  let tooManyFiles = false;
  const parsed = new Promise<void>((resolve, reject) => {
    // A request cut off before this point (while the route read the database) sends no more events.
    if (request.destroyed && !request.complete) {
      reject(malformed('the upload was interrupted'));
      return;
    }
    parser.on('file', (field, stream, info) => {
      if (field !== FILE_FIELD || received) {
        if (field === FILE_FIELD) tooManyFiles = true;
        stream.resume();
        return;
      }
      let truncated = false;
      fileStream = stream;
      stream.once('limit', () => (truncated = true));
      received = blobs.writeTemp(stream).then((temp) => ({ ...temp, filename: info.filename, declaredType: info.mimeType, truncated }));
      // Settled below; a rejection here must not go unhandled while the rest of the body is read.
      received.catch(() => undefined);
    });
    parser.on('filesLimit', () => (tooManyFiles = true));
    parser.on('partsLimit', () => reject(malformed('too many parts')));
    parser.on('fieldsLimit', () => reject(malformed('too many fields')));
    parser.on('error', () => reject(malformed('malformed multipart/form-data')));
    parser.on('close', () => resolve());
    request.once('close', () => {
      if (!request.complete) reject(malformed('the upload was interrupted'));
    });
  });
  request.pipe(parser);
  try {
    await parsed;
  } catch (error) {
    request.unpipe(parser);
    // The file's stream gets no more bytes and would never end: destroying it fails the temp file's
    // pipeline, which closes the file and removes it.
    fileStream?.destroy(error instanceof Error ? error : undefined);
    parser.destroy();
    if (received) await received.then((file) => blobs.discard(file), () => undefined);
    throw error;
  }
  const file = received ? await received : undefined;
  if (file && tooManyFiles) {
    await blobs.discard(file);
    throw malformed(`send one file only, in the field "${FILE_FIELD}"`);
  }
  return file;
}
