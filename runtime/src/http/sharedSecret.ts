// A bearer that is an operator's shared secret (the metrics scraper's, the payment platform's callback),
// not a user's token: checked in constant time. Without a configured secret the route answers no one.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context } from 'koa';
import { AppError } from './appError.ts';
import type { ErrorCode } from './errorMessages.ts';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Throws 403 `disabled` without a secret, 401 UNAUTHENTICATED without a bearer, 401 INVALID_TOKEN for another. */
export function requireSharedSecret(ctx: Context, secret: string | undefined, disabled: ErrorCode): void {
  if (!secret) throw new AppError(403, disabled);
  const sent = /^Bearer\s+(\S+)$/i.exec(ctx.get('authorization'))?.[1];
  if (!sent) throw new AppError(401, 'UNAUTHENTICATED');
  // Compared over digests, which have equal lengths.
  if (!timingSafeEqual(digest(sent), digest(secret))) throw new AppError(401, 'INVALID_TOKEN');
}
