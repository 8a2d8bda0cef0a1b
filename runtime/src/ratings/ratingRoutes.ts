// /api/applications/:id/rating: the applicant rates their application once (好差评) after it ended;
// the applicant, officers of the departments involved and admins read it.
import Router from '@koa/router';
import { principalOf } from '../auth/authMiddleware.ts';
import { readableApplication } from '../applications/applicationRoutes.ts';
import type { Database } from '../db/createDatabase.ts';
import { objectBody } from '../http/body.ts';
import { languageOf } from '../http/language.ts';
import type { RatingService } from './ratingService.ts';

export function ratingRoutes(db: Database, ratings: RatingService): Router {
  const router = new Router({ prefix: '/api/applications' });

  router.post('/:id/rating', async (ctx) => {
    const principal = principalOf(ctx, 'citizen');
    const body = objectBody(ctx.request.body);
    // A citizen can read only their own applications: anyone else's is 404, as for GET.
    const app = await readableApplication(db, ctx.params['id'] ?? '', principal);
    ctx.body = await ratings.rate(app, principal.subject, body, languageOf(ctx.get('accept-language')));
    ctx.status = 201;
  });

  router.get('/:id/rating', async (ctx) => {
    const principal = principalOf(ctx);
    const app = await readableApplication(db, ctx.params['id'] ?? '', principal);
    ctx.body = await ratings.view(app, languageOf(ctx.get('accept-language')), principal);
  });

  return router;
}
