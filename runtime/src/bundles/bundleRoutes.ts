// /api/bundles: published bundles for everyone (a signed-in citizen's preview prefilled from shared data);
// drafts and publishing for designers.
import Router from '@koa/router';
import { describeIssue, inLang, type Lang } from '@onego/engine';
import type { Context } from 'koa';
import { principalOf, type AuthState } from '../auth/authMiddleware.ts';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/createDatabase.ts';
import { AppError } from '../http/appError.ts';
import { objectBody, objectField, positiveInt } from '../http/body.ts';
import { languageOf } from '../http/language.ts';
import { requestSignal } from '../http/requestSignal.ts';
import { resolvedPrefill } from '../sharedData/prefillView.ts';
import type { SharedDataService } from '../sharedData/sharedDataService.ts';
import { checkDefinition, type BundleCatalog, type BundleDefinition, type PublishedVersion } from './bundleCatalog.ts';

function summary(published: PublishedVersion, ctx: Context) {
  const lang = languageOf(ctx.get('accept-language'));
  const { bundle, matters } = published.definition;
  return {
    id: published.bundleId,
    version: published.version,
    name: inLang(bundle.name, lang),
    description: inLang(bundle.description, lang) || undefined,
    region: bundle.region ? { divisionCode: bundle.region.divisionCode, name: inLang(bundle.region.name, lang) } : undefined,
    committedTimeLimit: bundle.timeLimits.committed,
    visits: bundle.visits.count,
    matters: bundle.matters.map((entry) => {
      const matter = matters.find((m) => m.id === entry.matter);
      return { id: entry.matter, name: inLang(matter?.name, lang), department: matter?.department.id, departmentName: inLang(matter?.department.name, lang) };
    }),
    publishedAt: published.publishedAt,
  };
}

/** 422 DEFINITION_INVALID with every issue (file, JSON path, code, message) when the definition has any. */
function refuseIssues(definition: BundleDefinition, lang: Lang): void {
  const issues = checkDefinition(definition);
  if (issues.length === 0) return;
  throw new AppError(422, 'DEFINITION_INVALID', { count: issues.length }, {
    issues: issues.map((i) => ({ file: i.file, path: i.path, code: i.code, message: describeIssue(i, lang) })),
  });
}

function asDefinition(body: Record<string, unknown>): BundleDefinition {
  const bundle = objectField(body, 'bundle');
  const matters = body['matters'];
  if (!Array.isArray(matters)) throw new AppError(400, 'BAD_REQUEST', { detail: '"matters" must be an array' });
  return { bundle: bundle as unknown as BundleDefinition['bundle'], matters: matters as BundleDefinition['matters'] };
}

export function bundleRoutes(catalog: BundleCatalog, db: Database, clock: Clock, sharedData: SharedDataService): Router {
  const router = new Router({ prefix: '/api/bundles' });

  async function published(id: string, version?: number): Promise<PublishedVersion> {
    const found = await catalog.version(id, version);
    if (!found) throw new AppError(404, 'BUNDLE_NOT_FOUND', { id });
    return found;
  }

  router.get('/', async (ctx) => {
    ctx.body = (await catalog.latestVersions()).map((v) => summary(v, ctx));
  });

  // ?version=N: an earlier published version, e.g. the one an application runs on (its labels and guide).
  router.get('/:id', async (ctx) => {
    const version = ctx.query['version'] === undefined ? undefined : positiveInt(ctx.query['version'], 1, 1_000_000);
    const found = await published(ctx.params['id'] ?? '', version);
    ctx.body = { ...summary(found, ctx), definition: found.definition };
  });

  router.get('/:id/versions', async (ctx) => {
    principalOf(ctx, 'designer', 'admin');
    const id = ctx.params['id'] ?? '';
    const versions = await catalog.versions(id);
    const draft = (await db('bundle_drafts').where({ bundle_id: id }).first()) as { updated_at: string; updated_by: string } | undefined;
    if (versions.length === 0 && !draft) throw new AppError(404, 'BUNDLE_NOT_FOUND', { id });
    ctx.body = { versions, draft: draft ? { updatedAt: draft.updated_at, updatedBy: draft.updated_by } : null };
  });

  // For a signed-in citizen, the preview is theirs: the form prefilled from shared data (秒报) and the
  // materials the connector provides waived (免提交). Anyone else sees what the bundle declares it shares.
  router.post('/:id/preview', async (ctx) => {
    const found = await published(ctx.params['id'] ?? '');
    const body = objectBody(ctx.request.body ?? {});
    const answers = objectField(body, 'answers', {});
    const lang = languageOf(ctx.get('accept-language'));
    const compiled = catalog.compile(found);
    const form = compiled.form(answers, lang);
    const principal = (ctx.state as AuthState).principal;
    const citizen = principal?.role === 'citizen' ? principal : undefined;
    const outcome = citizen ? await sharedData.resolve(citizen, compiled, answers, requestSignal(ctx)) : undefined;
    const { view, available } = resolvedPrefill(compiled, answers, outcome, lang);
    if (citizen) ctx.set('Cache-Control', 'private, no-store');
    ctx.body = {
      form: { schema: form.schema, uiSchema: form.uiSchema },
      notice: compiled.notice(answers, available),
      metrics: compiled.metrics(answers, available),
      prefill: view,
    };
  });

  // 秒报 alone, for the citizen portal: the values shared data provides for the whole bundle (every matter).
  router.get('/:id/prefill', async (ctx) => {
    const principal = principalOf(ctx, 'citizen');
    const found = await published(ctx.params['id'] ?? '');
    const compiled = catalog.compile(found);
    const outcome = await sharedData.resolve(principal, compiled, undefined, requestSignal(ctx));
    ctx.set('Cache-Control', 'private, no-store');
    ctx.body = resolvedPrefill(compiled, undefined, outcome, languageOf(ctx.get('accept-language'))).view;
  });

  // Designer: create or update the draft of a bundle (checked like onego validate).
  router.post('/', async (ctx) => {
    const principal = principalOf(ctx, 'designer', 'admin');
    const definition = asDefinition(objectBody(ctx.request.body));
    const lang = languageOf(ctx.get('accept-language'));
    refuseIssues(definition, lang);
    const id = definition.bundle.id;
    const now = clock.now().toISOString();
    const row = { definition: JSON.stringify(definition), updated_by: principal.subject, updated_at: now };
    const existed = (await db('bundle_drafts').where({ bundle_id: id }).first()) !== undefined;
    await db('bundle_drafts').insert({ bundle_id: id, ...row }).onConflict('bundle_id').merge(row);
    ctx.status = existed ? 200 : 201;
    ctx.body = { id, draft: true, updatedAt: now };
  });

  // Designer: publish the draft as the next version. Running applications stay on their version.
  router.post('/:id/publish', async (ctx) => {
    const principal = principalOf(ctx, 'designer', 'admin');
    const id = ctx.params['id'] ?? '';
    const draft = (await db('bundle_drafts').where({ bundle_id: id }).first()) as { definition: string } | undefined;
    if (!draft) throw new AppError(404, 'BUNDLE_NOT_FOUND', { id });
    const definition = JSON.parse(draft.definition) as BundleDefinition;
    refuseIssues(definition, languageOf(ctx.get('accept-language')));
    const version = await catalog.publish(definition, principal.subject, clock.now().toISOString());
    ctx.status = 201;
    ctx.body = summary(version, ctx);
  });

  return router;
}
