// /api/stats: 好差评 per department and 办件统计 per bundle. Admins and designers read every
// department's ratings; an officer reads only their own department's. Bundle statistics span
// departments: admins and designers only.
import Type from 'typebox';
import { BundleIdParams } from '../bundles/bundleSchemas.ts';
import { mountRoutes } from '../http/mountRoutes.ts';
import { declareApi } from '../http/routeDeclaration.ts';
import { coded, failure, notFound } from '../openapi/responses.ts';
import { BundleStats, RatingStats } from './statsSchemas.ts';
import type { StatsService } from './statsService.ts';

const period = {
  from: Type.Optional(
    Type.String({
      description: 'Period start, inclusive: a date (YYYY-MM-DD, from 00:00 China Standard Time) or an ISO 8601 instant with a zone.',
      examples: ['2026-04-01', '2026-04-01T00:00:00+08:00'],
    }),
  ),
  to: Type.Optional(
    Type.String({ description: 'Period end, inclusive: a date (YYYY-MM-DD, until 23:59:59.999 China Standard Time) or an ISO 8601 instant with a zone.', examples: ['2026-04-30'] }),
  ),
};

export const statsApi = declareApi({
  getRatingStats: {
    operationId: 'getRatingStats',
    method: 'get',
    path: '/api/stats/ratings',
    tags: ['stats'],
    summary: 'Rating statistics per department (好差评统计)',
    description:
      "好差评统计 for ratings given in the period (rectifications opened in it): per department the number of scores, their average and the bad ones — its matters' scores plus the overall score of each application it took part in, and each kind apart — and its rectifications with the on-time rate (按时整改率). Admins and designers see every department (or one, with department); an officer sees only their own. Roles: admin, designer, officer.",
    access: ['admin', 'designer', 'officer'],
    query: Type.Object({
      ...period,
      department: Type.Optional(Type.String({ minLength: 1, description: 'Only this department. An officer may name only their own (their own is the default for them).' })),
    }),
    response: { status: 200, description: 'The statistics.', schema: RatingStats },
    otherResponses: {
      '400': failure('BAD_REQUEST: from / to is not a date or an instant, from is after to, or department is empty.', coded(['BAD_REQUEST'])),
      '403': failure('FORBIDDEN: the caller is a citizen, or an officer asking for another department.', coded(['FORBIDDEN'])),
    },
  },
  getBundleStats: {
    operationId: 'getBundleStats',
    method: 'get',
    path: '/api/stats/bundles/{id}',
    tags: ['stats'],
    summary: 'Statistics of a bundle’s applications (办件统计)',
    description:
      "办件统计 for the applications of a bundle submitted in the period (optionally of one version): applications by status; for those finished (办结: completed or rejected) the median, p90 and average working days from submission to the end, counted with the working-day calendar as deadlines are, next to the designed limits (before: the matters one by one; after: the critical path each application is held to) and the on-time rate (按时办结率); the share of decided matters decided by rule (秒批率); and the visits avoided (减跑动) on average. Roles: admin, designer.",
    access: ['admin', 'designer'],
    params: BundleIdParams,
    query: Type.Object({
      version: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000, description: 'Only applications of this published version; all versions when absent.' })),
      ...period,
    }),
    response: { status: 200, description: 'The statistics.', schema: BundleStats },
    otherResponses: {
      '400': failure(
        'BAD_REQUEST: version is not a whole number from 1 to 1,000,000, from / to is not a date or an instant, or from is after to (detail says which).',
        coded(['BAD_REQUEST']),
      ),
      '404': notFound('BUNDLE_NOT_FOUND', 'no published bundle (or version) has this id.'),
    },
  },
});

export function statsRoutes(stats: StatsService) {
  return mountRoutes(statsApi, {
    getRatingStats: ({ query, principal }) => stats.ratings(principal, query),
    getBundleStats: ({ params, query }) => stats.bundle(params.id, query),
  });
}
