// GET /api/auth/sign-in-methods: how people sign in here — dev login (npm start) and/or the identity
// provider (统一身份认证) — so that the web app's sign-in page offers the right way without probing.
import Router from '@koa/router';

export interface SignInMethods {
  devLogin: boolean;
  /** The identity provider whose tokens are accepted, when one is configured. */
  identityProvider: { issuer: string } | null;
}

export function signInMethodsRoutes(methods: SignInMethods): Router {
  const router = new Router();
  router.get('/api/auth/sign-in-methods', (ctx) => {
    ctx.body = methods;
  });
  return router;
}
