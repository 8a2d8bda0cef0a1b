// Request rate limits (rate-limiter-flexible, in memory: per process; a shared store such as
// RateLimiterPostgres can take its place when several processes serve): per client address and per
// signed-in principal, counted over one second. Over the limit: 429 RATE_LIMITED with Retry-After.
// /health is never limited (probes). Defaults are generous (a person clicking never comes near them; a
// script hammering one account or one address does): see ONEGO_RATE_LIMIT_* in runtime/README.md.
import type { Context, Middleware, Next } from 'koa';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { AuthState } from '../auth/authMiddleware.ts';
import { AppError } from './appError.ts';

export interface RateLimitConfig {
  /** Requests per second from one client address (0: no limit). */
  perAddress: number;
  /** Requests per second of one signed-in principal (0: no limit). */
  perPrincipal: number;
}

const limiter = (points: number) => (points > 0 ? new RateLimiterMemory({ points, duration: 1 }) : undefined);

export function rateLimits(config: RateLimitConfig): Middleware {
  const byAddress = limiter(config.perAddress);
  const byPrincipal = limiter(config.perPrincipal);
  return async (ctx: Context, next: Next) => {
    if (ctx.path !== '/health') {
      const principal = (ctx.state as AuthState).principal;
      try {
        await byAddress?.consume(ctx.ip || 'unknown');
        if (principal) await byPrincipal?.consume(`${principal.role}:${principal.subject}`);
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error;
        const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
        throw new AppError(429, 'RATE_LIMITED', { seconds }, { retryAfterSeconds: seconds });
      }
    }
    await next();
  };
}
