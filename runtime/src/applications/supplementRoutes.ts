// 补正 and 容缺 from the applicant's side: what the application waits for (the flagged fields editable,
// everything else locked), and the supplement itself — corrected data, commitments (告知承诺) and the
// materials asked for — written with the SUPPLEMENT events in one transaction.
import Router from '@koa/router';
import {
  inLang,
  lockedChanges,
  lockedUiSchema,
  type MatterEvent,
  type ApplicationSnapshot,
  type CompiledBundle,
  type Lang,
  type MatterRecord,
} from '@onego/engine';
import type { Matter } from '@onego/schemas/types';
import type { Knex } from 'knex';
import type { Context } from 'koa';
import { principalOf } from '../auth/authMiddleware.ts';
import type { BundleCatalog } from '../bundles/bundleCatalog.ts';
import type { CommandRunner } from '../commands/commandRunner.ts';
import type { Database } from '../db/createDatabase.ts';
import type { CommitmentRow } from '../db/rows.ts';
import { AppError, validationFailed } from '../http/appError.ts';
import { isRecord, objectBody } from '../http/body.ts';
import { languageOf } from '../http/language.ts';
import { applicationView, readableApplication } from './applicationRoutes.ts';
import { readProvenance } from '../sharedData/storedSharedData.ts';
import { awaitsApplicant } from './supplementState.ts';
import { dataColumns, dataOf, snapshotOf } from '../db/packedJson.ts';

interface Request {
  matterId: string;
  /** 'returned' (补正: the clock stopped) or 'owed' (容缺: the matter goes on). */
  reason: 'returned' | 'owed';
  since: string | null;
  materials: string[];
  fields: string[];
  comment: string | null;
}

const recordsOf = (snapshot: { context: { matters: Record<string, MatterRecord | undefined> } }) => snapshot.context.matters;

/** What each matter that waits for the applicant asks for, in bundle order. */
function requestsOf(snapshot: { context: { matters: Record<string, MatterRecord | undefined> } }): Request[] {
  return Object.entries(recordsOf(snapshot))
    .filter(([, record]) => awaitsApplicant(record))
    .map(([matterId, record]) => {
      const returned = record?.status === 'returned';
      return {
        matterId,
        reason: returned ? 'returned' : 'owed',
        since: returned ? (record.returnedAt ?? null) : null,
        materials: returned ? [...new Set([...(record.missing ?? []), ...(record.owed ?? [])])] : (record?.owed ?? []),
        fields: returned ? (record.fields ?? []) : [],
        comment: record?.comment ?? null,
      } satisfies Request;
    });
}

const commitmentText = (matter: Matter | undefined, materialId: string) => matter?.materials.find((m) => m.id === materialId)?.commitment;

function materialView(compiled: CompiledBundle, matterId: string, materialId: string, lang: Lang) {
  const material = compiled.matters.get(matterId)?.materials.find((m) => m.id === materialId);
  const commitment = material?.commitment;
  return {
    materialId,
    name: inLang(material?.name, lang),
    key: material?.key !== false,
    commitment: commitment ? inLang(commitment, lang) : null,
    upload: material?.upload ?? null,
  };
}

function stringList(body: Record<string, unknown>, name: string): string[] {
  const value = body[name] ?? [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw new AppError(400, 'BAD_REQUEST', { detail: `"${name}" must be a list of ids` });
  return [...new Set(value as string[])];
}

/**
 * Which of the requested materials are provided: a file uploaded (POST …/materials/:materialId) or a
 * commitment signed — in this request, or since the return asked for it (any time for owed materials).
 */
async function providedMaterials(db: Knex, applicationId: string, requests: readonly Request[], committing: ReadonlySet<string>): Promise<Set<string>> {
  const provided = new Set<string>();
  const signed = await db('commitments').where({ application_id: applicationId }).select<Pick<CommitmentRow, 'material_id' | 'signed_at'>[]>('material_id', 'signed_at');
  const uploaded = await db('material_uploads').where({ application_id: applicationId }).select<{ material_id: string; uploaded_at: string }[]>('material_id', 'uploaded_at');
  const since = (request: Request, at: string) => request.since === null || at >= request.since;
  for (const request of requests) {
    for (const materialId of request.materials) {
      if (committing.has(materialId)) provided.add(materialId);
      if (signed.some((c) => c.material_id === materialId && since(request, c.signed_at))) provided.add(materialId);
      if (uploaded.some((u) => u.material_id === materialId && since(request, u.uploaded_at))) provided.add(materialId);
    }
  }
  return provided;
}

export function supplementRoutes(db: Database, catalog: BundleCatalog, commands: CommandRunner, reads: Database = db): Router {
  const router = new Router({ prefix: '/api/applications/:id/supplement' });
  const lang = (ctx: Context) => languageOf(ctx.get('accept-language'));

  router.get('/', async (ctx) => {
    const principal = principalOf(ctx, 'citizen');
    const row = await readableApplication(reads, ctx.params['id'] ?? '', principal);
    const compiled = await catalog.compiledVersion(row.bundle_id, row.bundle_version);
    const requests = requestsOf(snapshotOf<ApplicationSnapshot>(row, compiled));
    const l = lang(ctx);
    const answers = JSON.parse(row.answers) as Record<string, unknown>;
    const form = compiled.form(answers, l);
    const editable = [...new Set(requests.flatMap((r) => r.fields))];
    ctx.body = {
      applicationId: row.id,
      status: row.status,
      matters: requests.map((r) => {
        const matter = compiled.matters.get(r.matterId);
        return {
          matterId: r.matterId,
          name: inLang(matter?.name, l),
          department: matter?.department.id ?? null,
          departmentName: inLang(matter?.department.name, l),
          reason: r.reason,
          requestedAt: r.since,
          comment: r.comment,
          fields: r.fields,
          materials: r.materials.map((id) => materialView(compiled, r.matterId, id, l)),
        };
      }),
      editable,
      form: { schema: form.schema, uiSchema: lockedUiSchema(form.schema, form.uiSchema, editable) },
      data: dataOf(row, compiled),
    };
  });

  router.post('/', async (ctx) => {
    const principal = principalOf(ctx, 'citizen');
    const id = ctx.params['id'] ?? '';
    await readableApplication(reads, id, principal);
    const body = objectBody(ctx.request.body);
    const committing = new Set(stringList(body, 'commitments'));
    const only = body['matters'] === undefined ? null : new Set(stringList(body, 'matters'));
    if (body['data'] !== undefined && !isRecord(body['data'])) throw new AppError(400, 'BAD_REQUEST', { detail: '"data" must be an object' });
    const l = lang(ctx);
    let newData: Record<string, unknown> | null = null;
    let changed: string[] = [];
    let targets: Request[] = [];

    const { row } = await commands.send(
      id,
      async (snapshot, compiled, current, at, readsDb): Promise<MatterEvent[]> => {
        const all = requestsOf(snapshot);
        targets = only ? all.filter((r) => only.has(r.matterId)) : all;
        if (targets.length === 0 || (only && targets.length !== only.size)) throw new AppError(409, 'NOTHING_TO_SUPPLEMENT');
        // Only what was asked for may change; the rest of the application stays as submitted.
        const stored = dataOf<Record<string, unknown>>(current, compiled);
        const proposed = isRecord(body['data']) ? body['data'] : stored;
        const editable = targets.flatMap((r) => r.fields);
        const locked = lockedChanges(stored, proposed, editable);
        if (locked.length > 0) throw new AppError(422, 'FIELDS_LOCKED', { paths: locked.join(', ') }, { paths: locked });
        changed = lockedChanges(stored, proposed, []);
        if (changed.length > 0) {
          const validation = compiled.validate(JSON.parse(current.answers), proposed, l);
          if (!validation.valid) {
            throw validationFailed(validation.errors);
          }
          newData = proposed;
        }
        // 告知承诺: only for a requested material whose matter allows a commitment instead.
        for (const materialId of committing) {
          const request = targets.find((r) => r.materials.includes(materialId));
          if (!request || !commitmentText(compiled.matters.get(request.matterId), materialId)) throw new AppError(422, 'COMMITMENT_NOT_ALLOWED', { id: materialId });
        }
        const provided = await providedMaterials(readsDb, current.id, targets, committing);
        const missing = [...new Set(targets.flatMap((r) => r.materials))].filter((m) => !provided.has(m));
        if (missing.length > 0) throw new AppError(422, 'MATERIALS_MISSING', { ids: missing.join(', ') }, { materials: missing });
        return targets.map((r) => ({ type: 'SUPPLEMENT', matterId: r.matterId, at, by: principal.subject }));
      },
      principal.subject,
      {
        details: () =>
          targets.map((r) => ({
            reason: r.reason,
            fields: changed.filter((p) => r.fields.some((f) => p === f || p.startsWith(`${f}/`))),
            materials: r.materials,
            commitments: r.materials.filter((m) => committing.has(m)),
          })),
        extra: async (trx, current, now) => {
          if (newData) {
            const compiled = await catalog.compiledVersion(current.bundle_id, current.bundle_version, trx);
            // A corrected value is the applicant's now, even where it was prefilled from shared data.
            const provenance = readProvenance(current);
            for (const pointer of changed) {
              for (const [recordedAt, entry] of Object.entries(provenance)) {
                if ((recordedAt === pointer || recordedAt.startsWith(`${pointer}/`)) && entry.kind === 'shared') {
                  provenance[recordedAt] = { kind: 'entered', overrides: { element: entry.element, source: entry.source, retrievedAt: entry.retrievedAt } };
                }
              }
            }
            await trx('applications')
              .where({ id: current.id })
              .update({ ...dataColumns(newData, compiled), ...(current.provenance ? { provenance: JSON.stringify(provenance) } : {}) });
          }
          if (committing.size > 0) {
            const compiled = await catalog.compiledVersion(current.bundle_id, current.bundle_version, trx);
            const rows = [...committing].map((materialId) => {
              const request = targets.find((r) => r.materials.includes(materialId));
              return {
                application_id: current.id,
                material_id: materialId,
                text: JSON.stringify(commitmentText(compiled.matters.get(request?.matterId ?? ''), materialId)),
                signed_by: principal.subject,
                signed_at: now,
              };
            });
            await trx('commitments').insert(rows).onConflict(['application_id', 'material_id']).merge(['text', 'signed_by', 'signed_at']);
          }
        },
      },
    );
    ctx.body = await applicationView(reads, catalog, row, l, principal);
  });

  return router;
}
