// /api/applications: a citizen submits once (idempotently), lists and follows their own applications.
// On submission the server asks the data-sharing connector itself (秒报): shared values fill what the
// applicant left out, the 秒批 rules see the shared data, and every value keeps its provenance.
import Router from '@koa/router';
import { inLang, recordedProvenance, sharedDataOf, withPrefill, type CompiledBundle, type Lang, type MatterRecord, type Text } from '@onego/engine';
import type { Knex } from 'knex';
import type { Context } from 'koa';
import { principalOf } from '../auth/authMiddleware.ts';
import type { Principal } from '../auth/principal.ts';
import type { BundleCatalog } from '../bundles/bundleCatalog.ts';
import { requestHash, type ApplicationRow, type CommandRunner } from '../commands/commandRunner.ts';
import type { Database } from '../db/createDatabase.ts';
import { dueAtOf, dueAtProvisionalOf, type CommitmentRow, type EventRow, type TaskRow } from '../db/rows.ts';
import { supplementState } from './supplementState.ts';
import { AppError, validationFailed } from '../http/appError.ts';
import { includedData, refuseUnknownData } from './formData.ts';
import { objectBody, objectField, positiveInt, stringField } from '../http/body.ts';
import { languageOf } from '../http/language.ts';
import { requestSignal } from '../http/requestSignal.ts';
import { provenanceView, sharedDataSummary } from '../sharedData/provenanceView.ts';
import type { SharedDataService } from '../sharedData/sharedDataService.ts';
import { readSharedData, storedSharedData } from '../sharedData/storedSharedData.ts';
import { loggedEvents } from '../db/eventLog.ts';
import { snapshotOf } from '../db/packedJson.ts';
import { moveDraftUploads } from '../materials/draftUploads.ts';
import { applicationMaterials } from '../materials/applicationMaterials.ts';

/**
 * The application as its reader may see it. An officer (viewer with a department) sees the details of
 * timeline entries, the provenance of values, the e-licences used and the materials only for their own
 * department's matters: others' comments, reasons, fields and files stay with them.
 */
export async function applicationView(db: Database, catalog: BundleCatalog, row: ApplicationRow, lang: Lang, viewer?: Principal) {
  const compiled = await catalog.compiledVersion(row.bundle_id, row.bundle_version);
  const tasks = (await db('tasks').where({ application_id: row.id })) as TaskRow[];
  const order = compiled.bundle.matters.map((m) => m.matter);
  tasks.sort((a, b) => order.indexOf(a.matter_id) - order.indexOf(b.matter_id));
  const events = loggedEvents((await db('events').where({ application_id: row.id }).orderBy('id')) as EventRow[]);
  const { context } = snapshotOf<{ context: { matters: Record<string, MatterRecord | undefined>; results?: unknown[] } }>(row, compiled);
  const records = context.matters;
  // Issued results live in the snapshot (rows written before also have them in the results column).
  const results = context.results ?? (row.results ? (JSON.parse(row.results) as unknown[]) : []);
  const commitments = (await db('commitments').where({ application_id: row.id }).orderBy('id')) as CommitmentRow[];
  // An officer sees the materials of their own department's matters only (as in their tasks).
  const visibleMatters = tasks.filter((t) => viewer?.role !== 'officer' || t.department === viewer.department).map((t) => t.matter_id);
  const materials = await applicationMaterials(db, row, compiled, lang, { matterIds: visibleMatters, records, commitments, stored: readSharedData(row) });
  return {
    id: row.id,
    bundleId: row.bundle_id,
    bundleVersion: row.bundle_version,
    bundleName: inLang(compiled.bundle.name, lang),
    status: row.status,
    submittedAt: row.created_at,
    updatedAt: row.updated_at,
    matters: tasks.map((t) => {
      const matter = compiled.matters.get(t.matter_id);
      return {
        matterId: t.matter_id,
        taskId: t.id,
        name: inLang(matter?.name, lang),
        department: t.department,
        departmentName: inLang(matter?.department.name, lang),
        status: t.status,
        acceptedAt: t.accepted_at,
        dueAt: dueAtOf(t),
        dueAtProvisional: dueAtProvisionalOf(t),
        decidedAt: t.decided_at,
        supplement: supplementState(records[t.matter_id]),
      };
    }),
    commitments: commitments.map((c) => ({ materialId: c.material_id, text: inLang(JSON.parse(c.text) as Text, lang), signedBy: c.signed_by, signedAt: c.signed_at })),
    materials,
    results,
    sharedData: sharedDataSummary(row, compiled, lang, viewer),
    provenance: provenanceView(row, compiled, viewer),
    timeline: events.map((e) => {
      const foreign = viewer?.role === 'officer' && e.matter_id !== null && compiled.matters.get(e.matter_id)?.department.id !== viewer.department;
      return {
        at: e.at,
        who: e.actor,
        what: e.type,
        ...(e.matter_id ? { matterId: e.matter_id } : {}),
        ...(e.payload !== null && !foreign ? { details: e.payload } : {}),
        // The completion's details are the results, kept once, in the snapshot.
        ...(e.type === 'APPLICATION_COMPLETED' && !e.payload ? { details: results } : {}),
      };
    }),
  };
}

/** The application, if this principal may read it: its applicant, or an officer with a task in it, or an admin. */
export async function readableApplication(db: Database, id: string, principal: Principal): Promise<ApplicationRow> {
  const row = (await db('applications').where({ id }).first()) as ApplicationRow | undefined;
  const allowed =
    row &&
    (principal.role === 'admin' ||
      (principal.role === 'citizen' && row.applicant === principal.subject) ||
      // By the application's tasks (its unique index), then their departments: with the department in the
      // WHERE, SQLite chose the inbox's index and read every task of the department (npm run bench).
      (principal.role === 'officer' && (await db('tasks').where({ application_id: id }).select<{ department: string }[]>('department')).some((t) => t.department === principal.department)));
  if (!row || !allowed) throw new AppError(404, 'APPLICATION_NOT_FOUND', { id });
  return row;
}

/** `reads`: connections for what only reads (the listing, one application, a submission's retry check). */
export function applicationRoutes(db: Database, catalog: BundleCatalog, commands: CommandRunner, sharedData: SharedDataService, reads: Database = db): Router {
  const router = new Router({ prefix: '/api/applications' });
  const lang = (ctx: Context) => languageOf(ctx.get('accept-language'));

  /**
   * The data to submit, validated, with what shared data adds: the server asks the connector itself (never
   * the client), prefilled values fill what the applicant left out, the 秒批 rules get the shared data, and
   * the outcome and the values' provenance are kept with the application.
   */
  async function withSharedData(principal: Principal, compiled: CompiledBundle, answers: Record<string, unknown>, data: Record<string, unknown>, ctx: Context) {
    const outcome = await sharedData.resolve(principal, compiled, answers, requestSignal(ctx));
    const prefill = compiled.prefill(answers, outcome.resolution);
    // Unknown to the bundle: refused, located. Of a matter these answers exclude: dropped, never stored.
    refuseUnknownData(compiled, data, lang(ctx));
    const submitted = withPrefill(includedData(compiled, answers, data), prefill);
    const validation = compiled.validate(answers, submitted, lang(ctx));
    if (!validation.valid) {
      throw validationFailed(validation.errors);
    }
    const shared = sharedDataOf(outcome.resolution, compiled.dictionary);
    return {
      data: submitted,
      ...(Object.keys(shared).length > 0 ? { sharedData: shared } : {}),
      sharedDataRecord: storedSharedData(outcome),
      provenance: recordedProvenance(submitted, prefill),
    };
  }

  router.post('/', async (ctx) => {
    const principal = principalOf(ctx, 'citizen');
    const key = ctx.get('idempotency-key');
    if (!key || key.length > 200) throw new AppError(400, 'IDEMPOTENCY_KEY_REQUIRED');
    const body = objectBody(ctx.request.body);
    const bundleId = stringField(body, 'bundleId');
    const answers = objectField(body, 'answers', {});
    const data = objectField(body, 'data', {});
    const published = await catalog.version(bundleId);
    if (!published) throw new AppError(404, 'BUNDLE_NOT_FOUND', { id: bundleId });
    const compiled = catalog.compile(published);
    // 告知承诺 at submission: a signed commitment instead of a material that an included matter allows it for.
    const commitments = body['commitments'] ?? [];
    if (!Array.isArray(commitments) || commitments.some((c) => typeof c !== 'string')) {
      throw new AppError(400, 'BAD_REQUEST', { detail: '"commitments" must be a list of material ids' });
    }
    const includedIds = compiled.included(answers).map((entry) => entry.matter);
    const included = includedIds.map((id) => compiled.matters.get(id));
    const signed = [...new Set(commitments as string[])].map((materialId) => {
      const text = included.flatMap((m) => m?.materials ?? []).find((m) => m.id === materialId && m.commitment)?.commitment;
      if (!text) throw new AppError(422, 'COMMITMENT_NOT_ALLOWED', { id: materialId });
      return { material_id: materialId, text: JSON.stringify(text) };
    });
    const draftId = body['draftId'];
    if (draftId !== undefined && typeof draftId !== 'string') throw new AppError(400, 'BAD_REQUEST', { detail: '"draftId" must be a string' });
    const submission = {
      bundleId,
      bundleVersion: published.version,
      compiled,
      applicant: principal.subject,
      answers,
      idempotencyKey: key,
      requestHash: requestHash({ bundleId, answers, data, ...(signed.length > 0 ? { commitments: signed.map((c) => c.material_id) } : {}) }),
      extra: async (trx: Knex.Transaction, applicationId: string, now: string) => {
        if (signed.length > 0) {
          await trx('commitments').insert(signed.map((c) => ({ ...c, application_id: applicationId, signed_by: principal.subject, signed_at: now })));
        }
        // A draft submitted is a draft no more (save and resume); the files uploaded to it are the application's now.
        if (draftId) {
          await moveDraftUploads(trx, { draftId, applicant: principal.subject, applicationId, matters: compiled.matters, included: includedIds, now });
          await trx('application_drafts').where({ id: draftId, applicant: principal.subject }).delete();
        }
      },
    };
    // A retry of a submission already made is answered from the stored row (or 409): nothing to look up.
    const retried = (await reads('applications').where({ applicant: principal.subject, idempotency_key: key }).first('id')) !== undefined;
    const { row, created, tasks } = await commands.submit({ ...submission, ...(retried ? { data } : { ...(await withSharedData(principal, compiled, answers, data, ctx)), keyUnused: true }) });
    ctx.status = created ? 201 : 200;
    ctx.set('Location', `/api/applications/${row.id}`);
    // A new application's tasks are what the command wrote; a retry's are read.
    const matters = created
      ? compiled.bundle.matters.flatMap((entry) => {
          const t = tasks.get(entry.matter);
          return t ? [{ matterId: t.matter_id, department: t.department ?? '', status: t.status, dueAt: dueAtOf(t), dueAtProvisional: dueAtProvisionalOf(t) }] : [];
        })
      : (await applicationView(reads, catalog, row, lang(ctx))).matters.map((m) => ({ matterId: m.matterId, department: m.department, status: m.status, dueAt: m.dueAt, dueAtProvisional: m.dueAtProvisional }));
    ctx.body = { id: row.id, status: row.status, bundleId: row.bundle_id, bundleVersion: row.bundle_version, matters };
  });

  router.get('/', async (ctx) => {
    const principal = principalOf(ctx, 'citizen');
    const page = positiveInt(ctx.query['page'], 1, 1_000_000);
    const pageSize = positiveInt(ctx.query['pageSize'], 20, 100);
    const mine = reads('applications').where({ applicant: principal.subject });
    const total = (await mine.clone().count({ n: '*' }).first()) as { n: number | string } | undefined;
    ctx.set('X-Total-Count', String(Number(total?.n ?? 0)));
    const rows = await mine
      .orderBy([{ column: 'created_at', order: 'desc' }, { column: 'id', order: 'desc' }])
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .select<ApplicationRow[]>('id', 'bundle_id', 'bundle_version', 'status', 'created_at', 'updated_at');
    const names = new Map<string, string>();
    for (const row of rows) {
      const key = `${row.bundle_id}@${row.bundle_version}`;
      if (!names.has(key)) names.set(key, inLang((await catalog.compiledVersion(row.bundle_id, row.bundle_version)).bundle.name, lang(ctx)));
    }
    ctx.body = rows.map((r) => ({
      id: r.id,
      bundleId: r.bundle_id,
      bundleVersion: r.bundle_version,
      bundleName: names.get(`${r.bundle_id}@${r.bundle_version}`),
      status: r.status,
      submittedAt: r.created_at,
      updatedAt: r.updated_at,
    }));
  });

  router.get('/:id', async (ctx) => {
    const principal = principalOf(ctx);
    const row = await readableApplication(reads, ctx.params['id'] ?? '', principal);
    ctx.body = await applicationView(reads, catalog, row, lang(ctx), principal);
  });

  return router;
}
