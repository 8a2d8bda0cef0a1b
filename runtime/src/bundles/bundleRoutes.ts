// /api/bundles: published bundles for everyone (a signed-in citizen's preview prefilled from shared data);
// drafts (saved with their problems, listed, opened, discarded; saved and published under If-Match) and
// publishing for designers.
import { createHash } from 'node:crypto';
import Router from '@koa/router';
import { createDefinitionAjv, describeIssue, inLang, type Ajv, type DefinitionIssue, type Lang } from '@onego/engine';
import type { Knex } from 'knex';
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

const issueView = (issues: readonly DefinitionIssue[], lang: Lang) =>
  issues.map((i) => ({ file: i.file, path: i.path, code: i.code, message: describeIssue(i, lang) }));

/** 422 DEFINITION_INVALID with every issue (file, JSON path, code, message). */
const definitionInvalid = (issues: readonly DefinitionIssue[], lang: Lang) =>
  new AppError(422, 'DEFINITION_INVALID', { count: issues.length }, { issues: issueView(issues, lang) });

/** 422 DEFINITION_INVALID when the definition has any issue. */
function refuseIssues(definition: BundleDefinition, lang: Lang, ajv: Ajv): void {
  const issues = checkDefinition(definition, ajv);
  if (issues.length > 0) throw definitionInvalid(issues, lang);
}

interface DraftRow {
  bundle_id: string;
  definition: string;
  updated_by: string;
  updated_at: string;
}

/** A bundle id as the definition format allows it (common.schema.json#/$defs/identifier): the draft's key. */
const IDENTIFIER = /^[a-z][a-z0-9]*(?:[-.][a-z0-9]+)*$/;

/** The draft's entity tag: a strong tag of what is stored (definition, who, when), so any save changes it. */
function etagOf(row: DraftRow): string {
  const hash = createHash('sha256').update(`${row.updated_at}\n${row.updated_by}\n${row.definition}`).digest('base64url');
  return `"${hash}"`;
}

/** The entity tags of an If-Match / If-None-Match header ("*" included as is; W/ dropped: drafts have strong tags only). */
const tagsOf = (header: string): string[] =>
  header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .filter(Boolean);

/** An instant as China Standard Time, "YYYY-MM-DD HH:mm", for messages. */
const chinaTime = (iso: string): string => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

/** 412 DRAFT_CHANGED naming who saved the draft as it is now, and when. */
const draftChanged = (row: DraftRow) =>
  new AppError(412, 'DRAFT_CHANGED', { updatedBy: row.updated_by, at: chinaTime(row.updated_at) }, { updatedBy: row.updated_by, updatedAt: row.updated_at });

/**
 * The request's preconditions on the draft as it is (RFC 9110): If-Match holds when the draft exists and has
 * one of the tags (or the tag is *); If-None-Match holds when it does not exist, or (a list of tags) has none
 * of them. A precondition that fails is 412 and nothing is written.
 */
function checkPreconditions(ctx: Context, id: string, row: DraftRow | undefined): void {
  const ifMatch = ctx.get('if-match');
  if (ifMatch) {
    if (!row) throw new AppError(412, 'DRAFT_GONE', { id });
    const tags = tagsOf(ifMatch);
    if (!tags.includes('*') && !tags.includes(etagOf(row))) throw draftChanged(row);
  }
  const ifNoneMatch = ctx.get('if-none-match');
  if (ifNoneMatch && row) {
    const tags = tagsOf(ifNoneMatch);
    if (tags.includes('*') || tags.includes(etagOf(row))) throw draftChanged(row);
  }
}

function asDefinition(body: Record<string, unknown>): BundleDefinition {
  const bundle = objectField(body, 'bundle');
  const matters = body['matters'];
  if (!Array.isArray(matters)) throw new AppError(400, 'BAD_REQUEST', { detail: '"matters" must be an array' });
  return { bundle: bundle as unknown as BundleDefinition['bundle'], matters: matters as BundleDefinition['matters'] };
}

export function bundleRoutes(catalog: BundleCatalog, db: Database, clock: Clock, sharedData: SharedDataService): Router {
  const router = new Router({ prefix: '/api/bundles' });
  const ajv = createDefinitionAjv();

  const draftOf = async (id: string, from: Knex = db): Promise<DraftRow | undefined> =>
    (await from('bundle_drafts').where({ bundle_id: id }).first()) as DraftRow | undefined;

  async function existingDraft(id: string): Promise<DraftRow> {
    const row = await draftOf(id);
    if (!row) throw new AppError(404, 'DRAFT_NOT_FOUND', { id });
    return row;
  }

  async function published(id: string, version?: number): Promise<PublishedVersion> {
    const found = await catalog.version(id, version);
    if (!found) throw new AppError(404, 'BUNDLE_NOT_FOUND', { id });
    return found;
  }

  router.get('/', async (ctx) => {
    ctx.body = (await catalog.latestVersions()).map((v) => summary(v, ctx));
  });

  // Designer: the saved drafts, last saved first (registered before /:id, which would take "drafts" for an id).
  router.get('/drafts', async (ctx) => {
    principalOf(ctx, 'designer', 'admin');
    const lang = languageOf(ctx.get('accept-language'));
    const rows = await db<DraftRow>('bundle_drafts').select('*').orderBy([{ column: 'updated_at', order: 'desc' }, { column: 'bundle_id' }]);
    const latest: { bundle_id: string; version: number | string }[] = await db('bundle_versions')
      .whereIn('bundle_id', rows.map((r) => r.bundle_id))
      .groupBy('bundle_id')
      .select('bundle_id')
      .max({ version: 'version' });
    const published = new Map(latest.map((v) => [v.bundle_id, Number(v.version)]));
    ctx.set('Cache-Control', 'no-store');
    ctx.body = rows.map((row) => {
      const definition = JSON.parse(row.definition) as BundleDefinition;
      const name: unknown = inLang(definition.bundle.name, lang); // a draft's name may be anything yet
      return {
        id: row.bundle_id,
        name: typeof name === 'string' && name !== '' ? name : row.bundle_id,
        updatedBy: row.updated_by,
        updatedAt: row.updated_at,
        publishedVersion: published.get(row.bundle_id) ?? null,
        issues: checkDefinition(definition, ajv).length,
        // The draft's entity tag, as GET …/draft gives it: discarding from the list sends it as If-Match,
        // so that a draft a colleague saved again since the list was read is not discarded unseen (412).
        etag: etagOf(row),
      };
    });
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

  // Designer: open the saved draft, with its entity tag for If-Match.
  router.get('/:id/draft', async (ctx) => {
    principalOf(ctx, 'designer', 'admin');
    const row = await existingDraft(ctx.params['id'] ?? '');
    ctx.set('ETag', etagOf(row));
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { definition: JSON.parse(row.definition) as BundleDefinition, updatedBy: row.updated_by, updatedAt: row.updated_at };
  });

  // Designer: discard the draft (If-Match optional). The published versions stay.
  router.delete('/:id/draft', async (ctx) => {
    principalOf(ctx, 'designer', 'admin');
    const id = ctx.params['id'] ?? '';
    await db.transaction(async (trx) => {
      const row = await draftOf(id, trx);
      if (!row) throw new AppError(404, 'DRAFT_NOT_FOUND', { id });
      checkPreconditions(ctx, id, row);
      await trx('bundle_drafts').where({ bundle_id: id }).delete();
    });
    ctx.status = 204;
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

  // Designer: create or update the draft of a bundle. Work in progress: a draft is saved with the problems
  // the check finds (listed in the answer); publishing refuses them. Only a body that is no definition at
  // all (400) or whose bundle id cannot name a draft (422) is refused. If-Match / If-None-Match: see above.
  router.post('/', async (ctx) => {
    const principal = principalOf(ctx, 'designer', 'admin');
    const definition = asDefinition(objectBody(ctx.request.body));
    const lang = languageOf(ctx.get('accept-language'));
    const issues = checkDefinition(definition, ajv);
    const id: unknown = definition.bundle.id;
    if (typeof id !== 'string' || id.length > 100 || !IDENTIFIER.test(id)) {
      if (issues.length > 0) throw definitionInvalid(issues, lang);
      throw new AppError(400, 'BAD_REQUEST', { detail: '"bundle.id" must be an identifier' });
    }
    const row: DraftRow = { bundle_id: id, definition: JSON.stringify(definition), updated_by: principal.subject, updated_at: clock.now().toISOString() };
    const existed = await db.transaction(async (trx) => {
      const current = await draftOf(id, trx);
      checkPreconditions(ctx, id, current);
      if (current) await trx('bundle_drafts').where({ bundle_id: id }).update(row);
      else await trx('bundle_drafts').insert(row);
      return current !== undefined;
    });
    ctx.status = existed ? 200 : 201;
    ctx.set('ETag', etagOf(row));
    ctx.body = { id, draft: true, updatedBy: row.updated_by, updatedAt: row.updated_at, issues: issueView(issues, lang) };
  });

  // Designer: publish the draft as the next version (If-Match optional: the draft as the designer saw it).
  // Running applications stay on their version.
  router.post('/:id/publish', async (ctx) => {
    const principal = principalOf(ctx, 'designer', 'admin');
    const id = ctx.params['id'] ?? '';
    const draft = await draftOf(id);
    if (!draft) throw new AppError(404, 'BUNDLE_NOT_FOUND', { id });
    checkPreconditions(ctx, id, draft);
    const definition = JSON.parse(draft.definition) as BundleDefinition;
    refuseIssues(definition, languageOf(ctx.get('accept-language')), ajv);
    const checked = etagOf(draft);
    const version = await catalog.publish(definition, principal.subject, clock.now().toISOString(), async (trx) => {
      // the draft published is the one checked: a save or a discard in between is refused
      const now = await draftOf(id, trx);
      if (!now) throw new AppError(412, 'DRAFT_GONE', { id });
      if (etagOf(now) !== checked) throw draftChanged(now);
    });
    ctx.status = 201;
    ctx.body = summary(version, ctx);
  });

  return router;
}
