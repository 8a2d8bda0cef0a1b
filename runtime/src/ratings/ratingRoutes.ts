// /api/applications/:id/rating: the applicant rates their application once (好差评) after it ended;
// the applicant, officers of the departments involved and admins read it.
import Type from 'typebox';
import { readableApplication } from '../applications/readableApplication.ts';
import type { Database } from '../db/createDatabase.ts';
import { idParam } from '../http/apiSchemas.ts';
import { mountRoutes } from '../http/mountRoutes.ts';
import { declareApi } from '../http/routeDeclaration.ts';
import { coded, failure, notFound } from '../openapi/responses.ts';
import type { RatingService } from './ratingService.ts';
import { Rating, RatingRequest } from './ratingSchemas.ts';

const application = Type.Object({ id: idParam('The application id (办件编号).') });

export const ratingApi = declareApi({
  rateApplication: {
    operationId: 'rateApplication',
    method: 'post',
    path: '/api/applications/{id}/rating',
    tags: ['ratings'],
    summary: 'Rate an application once, after it ended (好差评)',
    description:
      "好差评 (citizen, own application): once the application is completed or rejected, its applicant rates the whole service and optionally each included matter (1–5, with a comment), once. In the same transaction: a RATED timeline event with the scores (comments stay in the rating), and for a bad rating (≤ 2) one rectification task (差评整改) per responsible department, due at the end of the ONEGO_RECTIFICATION_DAYS-th working day (default 5) after the rating, each with a RECTIFICATION_OPENED event. Responsible: a bad matter score → that matter's department; a bad overall score → every department involved in the application (one rectification per department, listing its bad matters too). Checked in this order: JSON body, token and role, body shape, application, status, already rated, content. Role: citizen.",
    access: ['citizen'],
    params: application,
    body: { schema: RatingRequest, description: 'The scores.' },
    response: { status: 201, description: 'The rating, with the rectifications it opened.', schema: Rating },
    otherResponses: {
      '404': notFound('APPLICATION_NOT_FOUND', 'no such application, or another citizen’s.'),
      '409': failure(
        'RATING_NOT_OPEN: the application is not completed or rejected yet. ALREADY_RATED: it has been rated already (once only).',
        coded(['RATING_NOT_OPEN', 'ALREADY_RATED']),
      ),
      '422': failure(
        'VALIDATION_FAILED: a score is not a whole number from 1 to 5, a comment is not text or is over 1000 characters, or a matter is not one the application included or is rated twice; errors lists each problem.',
        coded(['VALIDATION_FAILED'], 'ValidationError'),
      ),
    },
  },
  getRating: {
    operationId: 'getRating',
    method: 'get',
    path: '/api/applications/{id}/rating',
    tags: ['ratings'],
    summary: 'Get the rating of an application, with the rectification feedback',
    description:
      '评价与整改反馈: the rating and the rectifications it opened with the departments’ answers. Readable by whoever may read the application (its applicant, an officer of a department with a task in it, an admin); an officer sees the overall rating but only their own department’s matter scores and rectifications. Any role.',
    access: 'signedIn',
    params: application,
    response: { status: 200, description: 'The rating.', schema: Rating },
    otherResponses: {
      '404': failure('APPLICATION_NOT_FOUND: no such application, or the caller may not read it. RATING_NOT_FOUND: it has not been rated.', coded(['APPLICATION_NOT_FOUND', 'RATING_NOT_FOUND'])),
    },
  },
});

export function ratingRoutes(db: Database, ratings: RatingService) {
  return mountRoutes(ratingApi, {
    // A citizen can read only their own applications: anyone else's is 404, as for GET.
    rateApplication: async ({ params, body, principal, lang }) => ratings.rate(await readableApplication(db, params.id, principal), principal.subject, body, lang),
    getRating: async ({ params, principal, lang }) => ratings.view(await readableApplication(db, params.id, principal), lang, principal),
  });
}
