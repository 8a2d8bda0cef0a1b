// Koa middleware: reads the bearer token into ctx.state.principal; requireRole guards routes.
import type { Context, Next } from 'koa';
import { AppError } from '../http/appError.ts';
import type { Clock } from '../clock.ts';
import type { Principal, Role } from './principal.ts';
import type { TokenService } from './tokens.ts';

export interface AuthState {
  principal?: Principal;
}

/** `seen`: told of every verified caller (the department staff directory records officers by it). */
export function authenticate(tokens: TokenService, clock: Clock, seen?: (principal: Principal) => Promise<void>) {
  return async (ctx: Context, next: Next): Promise<void> => {
    const header = ctx.get('authorization');
    if (header) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (!match?.[1]) throw new AppError(401, 'INVALID_TOKEN');
      const principal = await tokens.verify(match[1], clock.now());
      (ctx.state as AuthState).principal = principal;
      if (seen) await seen(principal);
    }
    await next();
  };
}

/** The caller, who must have one of the roles (401 without a token, 403 with another role). */
export function principalOf(ctx: Context, ...roles: Role[]): Principal {
  const principal = (ctx.state as AuthState).principal;
  if (!principal) throw new AppError(401, 'UNAUTHENTICATED');
  if (roles.length > 0 && !roles.includes(principal.role)) throw new AppError(403, 'FORBIDDEN');
  return principal;
}
