// POST /api/auth/dev-login — only when ONEGO_DEV_LOGIN=1 (npm start sets it): pick a role and a subject,
// and for a citizen optionally a resident ID number (what the data-sharing connector looks them up by).
import Router from '@koa/router';
import { residentIdProblem } from '@onego/engine';
import type { Clock } from '../clock.ts';
import { AppError } from '../http/appError.ts';
import { checkLength, MAX_ID_LENGTH, objectBody, stringField } from '../http/body.ts';
import { isRole, ROLES } from './principal.ts';
import type { TokenService } from './tokens.ts';

export function devLoginRoutes(tokens: TokenService, clock: Clock): Router {
  const router = new Router();
  router.post('/api/auth/dev-login', async (ctx) => {
    const body = objectBody(ctx.request.body);
    const role = body['role'];
    if (!isRole(role)) throw new AppError(400, 'BAD_REQUEST', { detail: `"role" must be one of ${ROLES.join(', ')}` });
    const subject = stringField(body, 'subject');
    const department = body['department'];
    if (role === 'officer' && (typeof department !== 'string' || department.length === 0)) {
      throw new AppError(400, 'BAD_REQUEST', { detail: 'an officer needs a "department"' });
    }
    if (typeof department === 'string') checkLength(department, 'department', MAX_ID_LENGTH);
    const idNumber = body['idNumber'];
    if (idNumber !== undefined && (typeof idNumber !== 'string' || residentIdProblem(idNumber.toUpperCase()) !== null)) {
      throw new AppError(400, 'BAD_REQUEST', { detail: '"idNumber" must be a valid resident ID number (18 characters, with its check digit)' });
    }
    const principal = {
      subject,
      role,
      ...(role === 'officer' ? { department: department as string } : {}),
      ...(role === 'citizen' && idNumber ? { idNumber: idNumber.toUpperCase() } : {}),
    };
    ctx.body = { token: await tokens.issueDevToken(principal, clock.now()), ...principal };
  });
  return router;
}
