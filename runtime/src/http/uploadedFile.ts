// The file of a multipart/form-data request (the material uploads), read when the service asks for it:
// no body is no file; another body than multipart is refused 415 MULTIPART_REQUIRED.
import type { Context } from 'koa';
import type { BlobStore } from '../materials/blobStore.ts';
import { receiveFile } from '../materials/receiveFile.ts';
import type { FileSource } from '../materials/storeUpload.ts';
import { AppError } from './appError.ts';

export const uploadedFile =
  (ctx: Context, blobs: BlobStore): FileSource =>
  async (maxBytes) => {
    const hasBody = (ctx.request.length ?? 0) > 0 || ctx.get('transfer-encoding') !== '';
    if (!hasBody) return undefined;
    if (!ctx.is('multipart/form-data')) throw new AppError(415, 'MULTIPART_REQUIRED');
    return receiveFile(ctx.req, blobs, maxBytes);
  };
