// /api/rectifications: a department's rectification tasks (差评整改) opened by bad ratings, one with
// what the citizen said, and the department's answer.
import Type from 'typebox';
import { idParam } from '../http/apiSchemas.ts';
import { mountRoutes } from '../http/mountRoutes.ts';
import { declareApi } from '../http/routeDeclaration.ts';
import { coded, failure, notFound } from '../openapi/responses.ts';
import { RectificationStatus } from './ratingSchemas.ts';
import { Rectification, RectificationAnswer, RectificationDetail } from './rectificationSchemas.ts';
import type { RectificationService } from './rectificationService.ts';

const rectification = Type.Object({ id: idParam('The rectification id (整改任务编号).') });
const OTHER_DEPARTMENT = { '403': failure('FORBIDDEN: the caller is not an officer, or the rectification belongs to another department.', coded(['FORBIDDEN'])) };

export const rectificationApi = declareApi({
  listRectifications: {
    operationId: 'listRectifications',
    method: 'get',
    path: '/api/rectifications',
    tags: ['ratings'],
    summary: "List the rectifications of the officer's department",
    description:
      "差评整改待办: the rectification tasks of the caller's department, optionally of one status, by deadline, paged. X-Total-Count gives the number of matching ones. Role: officer.",
    access: ['officer'],
    query: Type.Object({
      status: Type.Optional(Type.Union(RectificationStatus.anyOf, { description: 'Only rectifications in this status: open (待整改), overdue (逾期未整改), answered (已整改).' })),
      page: Type.Integer({ minimum: 1, maximum: 1_000_000, default: 1, description: 'Page number, from 1.' }),
      pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20, description: 'Rectifications per page.' }),
    }),
    response: {
      status: 200,
      description: 'One page of rectifications.',
      schema: Type.Array(Rectification),
      headers: { 'X-Total-Count': { $ref: '#/components/headers/X-Total-Count' } },
    },
    otherResponses: {},
  },
  getRectification: {
    operationId: 'getRectification',
    method: 'get',
    path: '/api/rectifications/{id}',
    tags: ['ratings'],
    summary: 'Get a rectification with what the citizen said',
    description:
      "整改详情: the rectification, the bundle, the bad overall score and this department's bad matter scores with the citizen's comments, and the answer once given. Role: officer of the rectification's department.",
    access: ['officer'],
    params: rectification,
    response: { status: 200, description: 'The rectification.', schema: RectificationDetail },
    otherResponses: { ...OTHER_DEPARTMENT, '404': notFound('RECTIFICATION_NOT_FOUND', 'no rectification has this id.') },
  },
  answerRectification: {
    operationId: 'answerRectification',
    method: 'post',
    path: '/api/rectifications/{id}/answer',
    tags: ['ratings'],
    summary: 'Answer a rectification (整改答复)',
    description:
      "整改答复: the department says what it did (and the lasting measures), once. An answer by the deadline is recorded as on time; a later one is accepted and recorded as late (an overdue rectification keeps its overdueAt). Appends a RECTIFICATION_ANSWERED timeline event; the applicant sees the answer with the rating (反馈). Role: officer of the rectification's department.",
    access: ['officer'],
    params: rectification,
    body: { schema: RectificationAnswer, description: 'The answer.' },
    response: { status: 200, description: 'The answered rectification.', schema: RectificationDetail },
    otherResponses: {
      ...OTHER_DEPARTMENT,
      '404': notFound('RECTIFICATION_NOT_FOUND', 'no rectification has this id.'),
      '409': failure('RECTIFICATION_ALREADY_ANSWERED: it has been answered already.', coded(['RECTIFICATION_ALREADY_ANSWERED'])),
      '422': failure('VALIDATION_FAILED: answer is missing or empty, or answer / measures is not text or is over 2000 characters.', coded(['VALIDATION_FAILED'], 'ValidationError')),
    },
  },
});

export function rectificationRoutes(rectifications: RectificationService) {
  return mountRoutes(rectificationApi, {
    listRectifications: async ({ query, principal, ctx }) => {
      const { total, items } = await rectifications.list(principal, query);
      ctx.set('X-Total-Count', String(total));
      return items;
    },
    getRectification: ({ params, principal, lang }) => rectifications.view(params.id, principal, lang),
    answerRectification: ({ params, body, principal, lang }) => rectifications.answer(params.id, principal, body, lang),
  });
}
