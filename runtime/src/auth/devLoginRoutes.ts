// POST /api/auth/dev-login — only when ONEGO_DEV_LOGIN=1 (npm start sets it): pick a role and a subject,
// and for a citizen optionally a resident ID number (what the data-sharing connector looks them up by);
// GET /api/auth/demo-officers lists the officers to sign in as, one per position the review steps name.
import { creditCodeProblem, residentIdProblem } from '@onego/engine';
import Type from 'typebox';
import type { BundleCatalog } from '../bundles/bundleCatalog.ts';
import type { Departments } from '../catalogue/departments.ts';
import type { Clock } from '../clock.ts';
import { DomainError } from '../domainError.ts';
import { AppError } from '../http/appError.ts';
import { mountRoutes } from '../http/mountRoutes.ts';
import { declareApi } from '../http/routeDeclaration.ts';
import { badRequest, notFound } from '../openapi/responses.ts';
import { DemoOfficer, DevLogin, DevLoginRequest } from './authSchemas.ts';
import { demoOfficers } from './demoOfficers.ts';
import type { Principal } from './principal.ts';
import type { TokenService } from './tokens.ts';

export const devLoginApi = declareApi({
  devLogin: {
    operationId: 'devLogin',
    method: 'post',
    path: '/api/auth/dev-login',
    tags: ['auth'],
    summary: 'Sign in for development with a chosen role',
    description:
      "开发登录. Only present when the server runs with ONEGO_DEV_LOGIN=1 (`npm start` sets it); otherwise the path does not exist and answers 404 NOT_FOUND. Issues a bearer token for any subject with the chosen role; an officer (部门审批人员) names a department record (GET /api/departments: a regional department, e.g. 济南市公安局历下区分局, never a kind such as police), else 401 DEPARTMENT_UNKNOWN; a citizen may give a resident ID number (idNumber), by which the data-sharing connector finds their records (by subject otherwise) and co-applications and proxy applications naming them find them, and an enterprise (enterprise: credit code, name, role) to sign in as an enterprise user (法人). In production, tokens come from the region's identity provider (统一身份认证) and are verified against its JWKS (issuer, audience). No token needed.",
    access: 'public',
    body: { schema: DevLoginRequest, description: 'Who signs in, with which role.' },
    response: { status: 200, description: 'A bearer token and the principal it names.', schema: DevLogin },
    otherResponses: {
      '400': badRequest('the body is not a JSON object, role is not citizen|officer|designer|admin, subject is empty, an officer has no department, idNumber is not a valid resident ID number, or enterprise.creditCode not a valid unified social credit code.', true),
      '404': notFound('NOT_FOUND', 'dev login is not enabled (ONEGO_DEV_LOGIN is not 1).'),
    },
    extensions: { 'x-onego-enabled-by': 'ONEGO_DEV_LOGIN=1' },
  },
  listDemoOfficers: {
    operationId: 'listDemoOfficers',
    method: 'get',
    path: '/api/auth/demo-officers',
    tags: ['auth'],
    summary: 'The officers to sign in as with dev login',
    description:
      "示例工作人员. Only present with ONEGO_DEV_LOGIN=1 (404 NOT_FOUND otherwise). For the bundles on the portal (their latest versions), one officer per department and position (岗位) that their matters' review steps name — the handler, the roles that sign a 会签, the step's lead (科室负责人 unless the step names another) — with the steps the position takes. The sign-in page offers them by department and position; signing in as one sends its subject, name, department and position to POST /api/auth/dev-login. Matters without review steps add nobody (any officer of the department decides them). Ordered by bundle, matter and step. No token needed.",
    access: 'public',
    response: { status: 200, description: 'The demo officers.', schema: Type.Array(DemoOfficer) },
    otherResponses: {
      '404': notFound('NOT_FOUND', 'dev login is not enabled (ONEGO_DEV_LOGIN is not 1).'),
    },
    extensions: { 'x-onego-enabled-by': 'ONEGO_DEV_LOGIN=1' },
  },
});

export function devLoginRoutes(tokens: TokenService, clock: Clock, departments: Departments, catalog: BundleCatalog) {
  return mountRoutes(devLoginApi, {
    listDemoOfficers: ({ lang }) => demoOfficers(catalog, departments, lang),
    devLogin: async ({ body }) => {
      const idNumber = body.idNumber?.toUpperCase();
      // The schema checks the form; the check digit is the engine's.
      if (idNumber !== undefined && residentIdProblem(idNumber) !== null) {
        throw new AppError(400, 'BAD_REQUEST', { detail: '"idNumber" must be a valid resident ID number (18 characters, with its check digit)' });
      }
      const creditCode = body.enterprise?.creditCode.toUpperCase();
      if (creditCode !== undefined && creditCodeProblem(creditCode) !== null) {
        throw new AppError(400, 'BAD_REQUEST', { detail: '"enterprise.creditCode" must be a valid unified social credit code (18 characters, with its check character)' });
      }
      // An officer signs in as one of the departments (GET /api/departments), picked by name.
      if (body.role === 'officer' && body.department !== undefined && !(await departments.exists(body.department))) {
        throw new DomainError('DEPARTMENT_UNKNOWN', { department: body.department });
      }
      const principal: Principal = {
        subject: body.subject,
        role: body.role,
        ...(body.role === 'officer' ? { department: body.department } : {}),
        ...(body.name ? { name: body.name } : {}),
        ...(body.role === 'officer' && body.positions && body.positions.length > 0 ? { positions: [...new Set(body.positions)] } : {}),
        ...(body.role === 'citizen' && idNumber ? { idNumber } : {}),
        ...(body.role === 'citizen' && body.enterprise && creditCode ? { enterprise: { ...body.enterprise, creditCode } } : {}),
      };
      const { positions, ...rest } = principal;
      return { token: await tokens.issueDevToken(principal, clock.now()), ...rest, ...(positions ? { positions: [...positions] } : {}) };
    },
  });
}
