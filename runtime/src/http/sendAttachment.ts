// Sends a stored file as an attachment: its recorded type and name, never sniffed by the browser, never cached.
import type { Context } from 'koa';
import type { StoredFile } from '../materials/storedFile.ts';

export function sendAttachment(ctx: Context, file: StoredFile): void {
  ctx.attachment(file.filename);
  ctx.type = file.mediaType;
  ctx.length = file.size;
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.set('Cache-Control', 'private, no-store');
  ctx.set('ETag', `"${file.sha256}"`);
  ctx.body = file.content;
}
