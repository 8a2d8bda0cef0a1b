// /api/applications/{id}/supplement: 补正 and 容缺 from the applicant's side (supplementService.ts).
import Type from 'typebox';
import { idParam } from '../http/apiSchemas.ts';
import { mountRoutes } from '../http/mountRoutes.ts';
import { declareApi } from '../http/routeDeclaration.ts';
import { coded, failure, notFound } from '../openapi/responses.ts';
import { Application } from './applicationSchemas.ts';
import { SupplementRequest, SupplementView } from './supplementSchemas.ts';
import type { SupplementService } from './supplementService.ts';

const application = Type.Object({ id: idParam('The application id (办件编号).') });
const notTheirs = notFound('APPLICATION_NOT_FOUND', 'no such application, or another citizen’s.');

export const supplementApi = declareApi({
  getSupplement: {
    operationId: 'getSupplement',
    method: 'get',
    path: '/api/applications/{id}/supplement',
    tags: ['applications'],
    summary: 'What the application waits for from the applicant (补正 / 容缺)',
    description:
      '补正: the matters returned for supplement (their time limits stopped) and the materials owed after 容缺受理, with the flagged fields, the merged form with every other field read-only, and the data as submitted. matters is empty when nothing waits. Role: citizen, own application.',
    access: ['citizen'],
    params: application,
    response: { status: 200, description: 'What to supplement.', schema: SupplementView },
    otherResponses: { '404': notTheirs },
  },
  supplementApplication: {
    operationId: 'supplementApplication',
    method: 'post',
    path: '/api/applications/{id}/supplement',
    tags: ['applications'],
    summary: 'Supplement: corrected fields, commitments and the materials asked for',
    description:
      '补正 / 容缺补齐: only the flagged fields may differ from the stored data (the rest is locked); the data must still be valid; every requested material must be provided (a signed commitment where the matter allows one, 告知承诺). In one transaction the data and commitments are written and each matter returns to pending (its time limit resumes with the days left) or stops owing. Answers the application. Role: citizen, own application.',
    access: ['citizen'],
    params: application,
    body: { schema: SupplementRequest, description: 'The supplement.' },
    response: { status: 200, description: 'The application after the supplement.', schema: Application },
    otherResponses: {
      '404': notTheirs,
      '409': failure(
        'NOTHING_TO_SUPPLEMENT: no matter (or not every matter named) waits for the applicant. CONCURRENT_UPDATE: the application kept changing at the same time; retry.',
        coded(['NOTHING_TO_SUPPLEMENT', 'CONCURRENT_UPDATE']),
      ),
      '422': failure(
        'FIELDS_LOCKED: a field that was not flagged changed. VALIDATION_FAILED: the corrected data is not valid. COMMITMENT_NOT_ALLOWED: a commitment for a material that was not requested or allows none. MATERIALS_MISSING: a requested material is not provided.',
        coded(['VALIDATION_FAILED'], 'ValidationError'),
        coded(['FIELDS_LOCKED', 'COMMITMENT_NOT_ALLOWED', 'MATERIALS_MISSING']),
      ),
    },
  },
});

export function supplementRoutes(supplements: SupplementService) {
  return mountRoutes(supplementApi, {
    getSupplement: ({ params, principal, lang }) => supplements.view(params.id, principal, lang),
    supplementApplication: ({ params, body, principal, lang }) => supplements.supplement(params.id, principal, body, lang),
  });
}
