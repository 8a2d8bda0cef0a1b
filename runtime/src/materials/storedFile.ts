// An uploaded file to download: what it was recorded as, and its bytes from the blob store.
import type { Readable } from 'node:stream';
import type { BlobStore } from './blobStore.ts';

export interface StoredFile {
  /** The sanitised file name. */
  filename: string;
  /** The type recognised from the bytes at upload. */
  mediaType: string;
  size: number;
  sha256: string;
  content: Readable;
}

/** The file of an upload row (of an application or a draft). */
export async function storedFile(blobs: BlobStore, upload: { id: string; sha256: string; filename: string; media_type: string; size: number }): Promise<StoredFile> {
  // A row without its file is a broken store, not a missing upload: 500, logged.
  if (!(await blobs.has(upload.sha256))) throw new Error(`stored file ${upload.sha256} of upload ${upload.id} is missing`);
  return { filename: upload.filename, mediaType: upload.media_type, size: Number(upload.size), sha256: upload.sha256, content: blobs.read(upload.sha256) };
}
