// Security headers on every response, API and web app alike, by helmet (through koa-helmet):
// - a Content-Security-Policy the web app works under: its own scripts, styles, images and API only, no
//   inline scripts or event-handler attributes, no plugins, never framed (frame-ancestors 'none').
//   'unsafe-eval' stays: the app validates forms and previews bundles with ajv in the browser, and ajv
//   compiles each schema with Function(); what it compiles are OneGo's own schemas, not page input;
// - X-Content-Type-Options: nosniff, Referrer-Policy: no-referrer, X-Frame-Options: DENY, and helmet's
//   other defaults (Cross-Origin-Opener-Policy, Cross-Origin-Resource-Policy, X-DNS-Prefetch-Control…);
// - Strict-Transport-Security only on a request that arrived over TLS: directly, or through a proxy the
//   operator trusts (ONEGO_TRUST_PROXY=1, which lets Koa read X-Forwarded-Proto). Over plain HTTP, HSTS
//   means nothing to browsers and upgrade-insecure-requests would break the app, so neither is sent.
import type { Context, Middleware, Next } from 'koa';
import koaHelmet from 'koa-helmet';

const HSTS_SECONDS = 180 * 24 * 3600;

const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  scriptSrc: ["'self'", "'unsafe-eval'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export function securityHeaders(): Middleware {
  const headers = koaHelmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    strictTransportSecurity: false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
  const hsts = koaHelmet.strictTransportSecurity({ maxAge: HSTS_SECONDS, includeSubDomains: true });
  return async (ctx: Context, next: Next) => {
    await headers(ctx, async () => {
      if (ctx.secure) await hsts(ctx, next);
      else await next();
    });
  };
}
