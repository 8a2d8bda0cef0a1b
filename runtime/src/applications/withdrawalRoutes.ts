// /api/applications/{id}/withdraw: 撤回 by the applicant before any matter is decided (withdrawalService.ts).
import Type from 'typebox';
import { idParam } from '../http/apiSchemas.ts';
import { DomainError } from '../domainError.ts';
import { mountRoutes } from '../http/mountRoutes.ts';
import { declareApi } from '../http/routeDeclaration.ts';
import { coded, failure, JSON_SHAPE_CODES, JSON_SHAPE_TEXT, notFound, TEXT_TOO_LONG_TEXT } from '../openapi/responses.ts';
import { Application } from './applicationSchemas.ts';
import type { WithdrawalService } from './withdrawalService.ts';

const MAX_KEY_LENGTH = 200;

const WithdrawApplication = Type.Object(
  { reason: Type.Optional(Type.String({ maxLength: 2000, description: 'Why the applicant withdraws (optional); the departments see it.' })) },
  { description: '撤回: an optional reason.' },
);

export const withdrawalApi = declareApi({
  withdrawApplication: {
    operationId: 'withdrawApplication',
    method: 'post',
    path: '/api/applications/{id}/withdraw',
    tags: ['applications'],
    summary: 'Withdraw the application before any matter is decided (撤回)',
    description:
      '撤回 (citizen, own application): allowed while no matter has been decided — nothing accepted (受理, 容缺受理), reviewed (a review step completed, signed or sent back), approved (also by rule, 秒批), rejected or returned for supplement. In one transaction the application ends as withdrawn (已撤回), its open tasks are cancelled (they leave the departments’ inboxes and counts), its deadline timers are deleted, and the timeline records who withdrew, when and why (WITHDRAW, then MATTER_CANCELLED per open matter and APPLICATION_WITHDRAWN); each department with a cancelled task is notified (application_withdrawn). With an Idempotency-Key header (optional), a retry with the same key and reason answers the withdrawn application again (200) instead of 409. Answers the application. Role: citizen.',
    access: ['citizen'],
    params: Type.Object({ id: idParam('The application id (办件编号).') }),
    headers: [{ $ref: '#/components/parameters/IdempotencyKey' }],
    body: { schema: WithdrawApplication, description: 'The reason, optional.' },
    response: { status: 200, description: 'The withdrawn application.', schema: Application },
    otherResponses: {
      '400': failure(
        `BAD_JSON: the body is not valid JSON. BAD_REQUEST: the body does not match its schema (reason is not a string; detail names the field), or the Idempotency-Key is longer than 200 characters. ${TEXT_TOO_LONG_TEXT} ${JSON_SHAPE_TEXT}`,
        coded(['BAD_JSON', 'BAD_REQUEST', 'TEXT_TOO_LONG', ...JSON_SHAPE_CODES]),
      ),
      '404': notFound('APPLICATION_NOT_FOUND', 'no such application, or another citizen’s (only the applicant may withdraw).'),
      '409': failure(
        'APPLICATION_NOT_WITHDRAWABLE: a matter has been accepted, reviewed or decided, or the application has ended (completed, rejected, or withdrawn before without this Idempotency-Key). IDEMPOTENCY_CONFLICT: this Idempotency-Key withdrew the application with another reason. CONCURRENT_UPDATE: the application kept changing at the same time; retry.',
        coded(['APPLICATION_NOT_WITHDRAWABLE', 'IDEMPOTENCY_CONFLICT', 'CONCURRENT_UPDATE']),
      ),
    },
  },
});

export function withdrawalRoutes(withdrawals: WithdrawalService) {
  return mountRoutes(withdrawalApi, {
    withdrawApplication: ({ params, body, principal, lang, ctx }) => {
      const key = ctx.get('idempotency-key');
      if (key.length > MAX_KEY_LENGTH) throw new DomainError('BAD_REQUEST', { detail: 'the Idempotency-Key is longer than 200 characters' });
      return withdrawals.withdraw(params.id, principal, body, key === '' ? undefined : key, lang);
    },
  });
}
