// GET /api/auth/sign-in-methods: how people sign in here — dev login (npm start) and/or the identity
// provider (统一身份认证) — so that the web app's sign-in page offers the right way without probing.
import type { Static } from 'typebox';
import { mountRoutes } from '../http/mountRoutes.ts';
import { declareApi } from '../http/routeDeclaration.ts';
import { SignInMethods } from './authSchemas.ts';

export const signInMethodsApi = declareApi({
  getSignInMethods: {
    operationId: 'getSignInMethods',
    method: 'get',
    path: '/api/auth/sign-in-methods',
    tags: ['auth'],
    summary: 'How to sign in here',
    description:
      "登录方式: whether dev login is on (ONEGO_DEV_LOGIN=1, `npm start`) and which identity provider (统一身份认证) issues the accepted tokens, if any. The web app's sign-in page reads it. No token needed.",
    access: 'public',
    response: { status: 200, description: 'The sign-in methods.', schema: SignInMethods },
    otherResponses: {},
  },
});

export function signInMethodsRoutes(methods: Static<typeof SignInMethods>) {
  return mountRoutes(signInMethodsApi, { getSignInMethods: () => methods });
}
