// The web app (designer/dist, built by Vite) at `/`: its files as they are, and index.html for any other
// GET outside /api, /health and /metrics, so that the app's own routes (/workbench, /applications/…)
// load on a reload or a shared link. Hashed files under /assets/ are cached for a year; index.html is
// revalidated every time, so a new build is picked up at once. Text files are sent as the brotli or gzip
// copy the build wrote beside them (designer/build/precompress.ts) when the browser accepts it.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { send } from '@koa/send';
import type { Context, Next } from 'koa';
import { AppError } from './appError.ts';

const NOT_THE_APP = /^\/(api|health|metrics)(\/|$)/;
const YEAR_MS = 365 * 24 * 3600 * 1000;
const NOT_BUILT = 'OneGo web app is not built yet: run `npm run build:web` (npm start does it) and reload.\n';

export function isWebAppBuilt(root: string): boolean {
  return existsSync(path.join(root, 'index.html'));
}

export function webApp(root: string) {
  return async (ctx: Context, next: Next): Promise<void> => {
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || NOT_THE_APP.test(ctx.path)) {
      await next();
      return;
    }
    // One metrics series for the whole app, not one per path (paths hold application ids).
    (ctx as { routerPath?: string }).routerPath = '/{web app}';
    if (!isWebAppBuilt(root)) {
      ctx.status = 503;
      ctx.type = 'text/plain; charset=utf-8';
      ctx.body = NOT_BUILT;
      return;
    }
    const asset = ctx.path.startsWith('/assets/');
    if (!asset) ctx.set('Cache-Control', 'no-cache');
    // Caches keep the compressed and the plain copy apart.
    ctx.vary('Accept-Encoding');
    try {
      const served = await send(ctx, ctx.path, { root, index: 'index.html', maxage: asset ? YEAR_MS : 0, immutable: asset });
      if (served) return;
    } catch (error) {
      const status = (error as { status?: number }).status;
      if (status === undefined || status >= 500) throw error;
    }
    // Not a file (or a hidden one): a missing file is 404; any other path is one of the app's routes.
    if (path.extname(ctx.path) !== '') throw new AppError(404, 'NOT_FOUND');
    ctx.set('Cache-Control', 'no-cache');
    await send(ctx, 'index.html', { root });
  };
}
