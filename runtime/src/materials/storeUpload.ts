// One uploaded file for a material, from its request to its record: received (at most the material's size
// limit), checked by its real type, stored content-addressed, then recorded. Shared by the uploads of
// applications and of drafts.
import { randomUUID } from 'node:crypto';
import { DomainError } from '../domainError.ts';
import type { AcceptedFile } from './acceptedFile.ts';
import type { BlobStore } from './blobStore.ts';
import type { ReceivedFile } from './receiveFile.ts';
import { sanitizeFileName } from './sanitizeFileName.ts';
import { sniffMediaType } from './sniffMediaType.ts';
import { formatBytes, mediaTypeLabel, type MaterialTarget } from './uploadLimits.ts';

/**
 * The file of the request, read only once its material is known: at most `maxBytes` of it (one more byte
 * marks it truncated); undefined when the request has none. Given by the HTTP edge (a multipart body).
 */
export type FileSource = (maxBytes: number) => Promise<ReceivedFile | undefined>;

/** Checks the received file against the material's limits by its sniffed type, and stores it. */
async function acceptFile(blobs: BlobStore, file: ReceivedFile, target: MaterialTarget): Promise<AcceptedFile> {
  const { limits, materialId } = target;
  if (file.size === 0) throw new DomainError('MATERIAL_FILE_MISSING');
  if (file.truncated) throw new DomainError('MATERIAL_TOO_LARGE', { limit: formatBytes(limits.maxBytes) }, { maxBytes: limits.maxBytes });
  const sniffed = await sniffMediaType(file.tempPath);
  if (!limits.mediaTypes.includes(sniffed.mediaType)) {
    throw new DomainError(
      'MATERIAL_TYPE_NOT_ALLOWED',
      {
        detectedZh: mediaTypeLabel(sniffed.mediaType, 'zh'),
        detectedEn: mediaTypeLabel(sniffed.mediaType, 'en'),
        allowedZh: limits.mediaTypes.map((t) => mediaTypeLabel(t, 'zh')).join('、') || '（无）',
        allowedEn: limits.mediaTypes.map((t) => mediaTypeLabel(t, 'en')).join(', ') || '(none)',
      },
      { detected: sniffed.mediaType, allowed: limits.mediaTypes },
    );
  }
  await blobs.commit(file);
  const fallback = sniffed.extension ? `${materialId}.${sniffed.extension}` : materialId;
  return {
    id: randomUUID(),
    materialId,
    sha256: file.sha256,
    size: file.size,
    mediaType: sniffed.mediaType,
    declaredType: file.declaredType?.slice(0, 200),
    filename: sanitizeFileName(file.filename, fallback),
  };
}

/**
 * The one file of the request for the material `target`: received, checked, stored, then recorded by
 * `record` (which may still refuse it: the stored file then stays unreferenced, as identical bytes may be
 * referenced elsewhere). The temp file is gone afterwards, whatever happened.
 */
export async function storeUpload<T>(blobs: BlobStore, target: MaterialTarget, source: FileSource, record: (file: AcceptedFile) => Promise<T>): Promise<T> {
  const file = await source(target.limits.maxBytes);
  if (!file) throw new DomainError('MATERIAL_FILE_MISSING');
  try {
    return await record(await acceptFile(blobs, file, target));
  } finally {
    await blobs.discard(file);
  }
}
