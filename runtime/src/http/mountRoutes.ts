// A resource's declarations and handlers become a Koa router: for each route, check who is calling
// (401/403), validate the request from the declaration (400), run the handler, and send what it returns
// with the declared status (unless the handler chose another, e.g. 200 for a replayed submission).
import Router from '@koa/router';
import type { Context } from 'koa';
import { principalOf } from '../auth/authMiddleware.ts';
import type { Principal } from '../auth/principal.ts';
import { languageOf } from './language.ts';
import { requestValidator } from './requestValidation.ts';
import type { Access, Api, Handlers, RouteDeclaration, RouteInput } from './routeDeclaration.ts';

/** `/api/applications/{id}` → `/api/applications/:id`. */
const koaPath = (path: string): string => path.replace(/\{(\w+)\}/g, ':$1');

function caller(ctx: Context, access: Access): Principal | undefined {
  if (access === 'public') return (ctx.state as { principal?: Principal }).principal;
  return access === 'signedIn' ? principalOf(ctx) : principalOf(ctx, ...access);
}

export function mountRoutes<A extends Api>(api: A, handlers: Handlers<A>): Router {
  const router = new Router();
  for (const name of Object.keys(api) as (keyof A & string)[]) {
    const route = api[name] as RouteDeclaration;
    const handler = handlers[name] as (input: RouteInput<RouteDeclaration>) => unknown;
    const validate = requestValidator(route);
    router[route.method](koaPath(route.path), async (ctx) => {
      const principal = caller(ctx, route.access);
      const valid = validate({ params: ctx.params, query: ctx.query, body: ctx.request.body });
      const untouched = ctx.status;
      const result = await handler({
        params: valid.params as never,
        query: valid.query as never,
        body: valid.body as never,
        principal: principal as Principal,
        lang: languageOf(ctx.get('accept-language')),
        ctx,
      });
      if (result === undefined) return;
      const status = ctx.status !== untouched ? ctx.status : route.response.status;
      ctx.body = result;
      ctx.status = status;
    });
  }
  return router;
}
