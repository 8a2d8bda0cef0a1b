// /api/tasks: an officer's department inbox, one task with only its matter's data, and the decision.
import Router from '@koa/router';
import { inLang, isMatterFieldPointer, projectForMatter, valueProvenance, type MatterEvent, type MatterRecord, type Waiver } from '@onego/engine';
import type { Context } from 'koa';
import { principalOf } from '../auth/authMiddleware.ts';
import type { Principal } from '../auth/principal.ts';
import type { BundleCatalog } from '../bundles/bundleCatalog.ts';
import type { ApplicationRow, CommandRunner, TaskFacts } from '../commands/commandRunner.ts';
import type { Database } from '../db/createDatabase.ts';
import { dueAtOf, dueAtProvisionalOf, type CommitmentRow, type TaskRow } from '../db/rows.ts';
import { supplementState } from '../applications/supplementState.ts';
import { AppError } from '../http/appError.ts';
import { httpErrorOf } from '../http/domainErrorStatus.ts';
import { checkLength, MAX_TEXT_LENGTH, objectBody, positiveInt, stringField } from '../http/body.ts';
import { languageOf } from '../http/language.ts';
import { applicationMaterials } from '../materials/applicationMaterials.ts';
import { readProvenance, readSharedData, type StoredSharedData } from '../sharedData/storedSharedData.ts';
import { OPEN_TASK_STATUSES, OPEN_TASKS } from '../db/taskInbox.ts';
import { dataOf, snapshotOf } from '../db/packedJson.ts';

/** Material ids or field pointers a decision may name (a matter has far fewer). */
const MAX_LIST_LENGTH = 500;

const TASK_STATUSES = ['waiting', 'pending', 'approved', 'rejected', 'returned', 'cancelled'];
const DECISIONS = ['approve', 'reject', 'return', 'accept'] as const;

const taskSummary = (t: TaskRow) => ({
  id: t.id,
  applicationId: t.application_id,
  matterId: t.matter_id,
  department: t.department,
  status: t.status,
  acceptedAt: t.accepted_at,
  dueAt: dueAtOf(t),
  dueAtProvisional: dueAtProvisionalOf(t),
});


/** What a waived material was replaced by at submission: the e-licence found, or the shared values. */
function evidenceOf(waiver: Waiver | undefined, stored: StoredSharedData | undefined) {
  if (waiver?.kind === 'e-licence') {
    const licence = stored?.eLicences.find((l) => l.type === waiver.eLicence);
    return licence ? { eLicence: licence } : null;
  }
  if (waiver?.kind === 'shared-data' && stored) {
    return { elements: waiver.elements.flatMap((element) => (stored.values[element] ? [{ element, ...stored.values[element] }] : [])) };
  }
  return null;
}

/** The task, if the officer's department owns it: otherwise 403 (it exists) or 404. */
async function ownTask(db: Database, id: string, principal: Principal): Promise<TaskRow> {
  const task = (await db('tasks').where({ id }).first()) as TaskRow | undefined;
  if (!task) throw new AppError(404, 'TASK_NOT_FOUND', { id });
  if (task.department !== principal.department) throw new AppError(403, 'FORBIDDEN');
  return task;
}

/** Every route here only reads (`reads`), but for the decision, a command on the writer's connection. */
export function taskRoutes(_db: Database, catalog: BundleCatalog, commands: CommandRunner, reads: Database = _db): Router {
  const router = new Router({ prefix: '/api/tasks' });
  const lang = (ctx: Context) => languageOf(ctx.get('accept-language'));

  router.get('/', async (ctx) => {
    const principal = principalOf(ctx, 'officer');
    const status = ctx.query['status'];
    if (status !== undefined && (typeof status !== 'string' || !TASK_STATUSES.includes(status))) {
      throw new AppError(400, 'BAD_REQUEST', { detail: `status must be one of ${TASK_STATUSES.join(', ')}` });
    }
    const page = positiveInt(ctx.query['page'], 1, 1_000_000);
    const pageSize = positiveInt(ctx.query['pageSize'], 20, 100);
    const base = reads('tasks').where({ department: principal.department ?? '' });
    if (status) base.andWhere({ status });
    // Open statuses have an index of their own (migration 011), used only when the query says its WHERE.
    if (status && (OPEN_TASK_STATUSES as readonly string[]).includes(status)) base.andWhereRaw(OPEN_TASKS);
    // Exact, from the counts every command keeps (migration 009): counting the rows read every index
    // entry of the department's tasks.
    const counts = reads('task_counts').where({ department: principal.department ?? '' });
    if (status) counts.andWhere({ status });
    // The count and the page side by side, each on a read connection of its own.
    const [total, rows] = await Promise.all([
      counts.sum({ n: 'tasks' }).first() as Promise<{ n: number | string | null } | undefined>,
      // sort_due is the deadline, or a date after all others for undated tasks: the order the index holds.
      base.orderBy([{ column: 'sort_due' }, { column: 'id' }]).limit(pageSize).offset((page - 1) * pageSize) as Promise<TaskRow[]>,
    ]);
    ctx.set('X-Total-Count', String(Number(total?.n ?? 0)));
    ctx.body = rows.map(taskSummary);
  });

  router.get('/:id', async (ctx) => {
    const principal = principalOf(ctx, 'officer');
    const task = await ownTask(reads, ctx.params['id'] ?? '', principal);
    const app = (await reads('applications').where({ id: task.application_id }).first()) as ApplicationRow;
    const compiled = await catalog.compiledVersion(app.bundle_id, app.bundle_version);
    const matter = compiled.matters.get(task.matter_id);
    if (!matter) throw new AppError(404, 'TASK_NOT_FOUND', { id: task.id });
    // Waived as they were at submission, by what the data-sharing connector provided then.
    const stored = readSharedData(app);
    const l = lang(ctx);
    const record = snapshotOf<{ context: { matters: Record<string, MatterRecord | undefined> } }>(app, compiled).context.matters[matter.id];
    const commitments = (await reads('commitments').where({ application_id: app.id })) as CommitmentRow[];
    const listed = await applicationMaterials(reads, app, compiled, l, { matterIds: [matter.id], records: { [matter.id]: record }, commitments, stored });
    const materials = listed.map((m) => ({
      materialId: m.materialId,
      name: m.name,
      required: m.required,
      key: m.key,
      waivedBy: m.waivedBy,
      evidence: evidenceOf(m.waivedBy ?? undefined, stored),
      commitment: m.commitment,
      owed: m.owed,
      uploads: m.uploads,
    }));
    const data = projectForMatter(dataOf(app, compiled), matter);
    ctx.body = {
      ...taskSummary(task),
      decidedAt: task.decided_at,
      decidedBy: task.decided_by,
      matter: { id: matter.id, name: inLang(matter.name, l), departmentName: inLang(matter.department.name, l), timeLimit: compiled.timeLimit(matter.id) },
      submittedAt: app.created_at,
      data,
      provenance: valueProvenance(data, readProvenance(app)),
      materials,
      supplement: supplementState(record),
    };
  });

  router.post('/:id/decision', async (ctx) => {
    const principal = principalOf(ctx, 'officer');
    const id = ctx.params['id'] ?? '';
    // What never changes about the task (application, matter, department), when this process knows it:
    // then its row is not read, and a decision it cannot take is told from the row only then (below).
    const known = commands.knownTask(id);
    if (known && known.department !== principal.department) throw new AppError(403, 'FORBIDDEN');
    const read = known ? undefined : await ownTask(reads, id, principal);
    if (read) commands.rememberTask(read);
    const task: TaskFacts = known ?? (read as TaskRow);
    const body = objectBody(ctx.request.body);
    const decision = stringField(body, 'decision');
    if (!(DECISIONS as readonly string[]).includes(decision)) {
      throw new AppError(400, 'BAD_REQUEST', { detail: `decision must be one of ${DECISIONS.join(', ')}` });
    }
    const comment = body['comment'];
    if (comment !== undefined && typeof comment !== 'string') throw new AppError(400, 'BAD_REQUEST', { detail: '"comment" must be a string' });
    if (comment !== undefined) checkLength(comment, 'comment', MAX_TEXT_LENGTH);
    const missing = body['missing'] ?? [];
    if (!Array.isArray(missing) || missing.length > MAX_LIST_LENGTH || missing.some((m) => typeof m !== 'string')) {
      throw new AppError(400, 'BAD_REQUEST', { detail: '"missing" must be a list of material ids' });
    }
    const fields = body['fields'] ?? [];
    if (!Array.isArray(fields) || fields.length > MAX_LIST_LENGTH || fields.some((f) => typeof f !== 'string')) {
      throw new AppError(400, 'BAD_REQUEST', { detail: '"fields" must be a list of JSON Pointers into the application data' });
    }
    if (decision === 'return' && missing.length === 0 && fields.length === 0 && !comment) {
      throw new AppError(400, 'BAD_REQUEST', { detail: 'a return names the missing materials or fields, or says why in a comment' });
    }
    if (decision === 'accept' && missing.length === 0) {
      throw new AppError(400, 'BAD_REQUEST', { detail: 'an acceptance with missing materials (容缺受理) names them in "missing"' });
    }
    if ((decision === 'return' || decision === 'accept') && (missing.length > 0 || fields.length > 0)) {
      const app = (await reads('applications').where({ id: task.application_id }).select('bundle_id', 'bundle_version').first()) as Pick<ApplicationRow, 'bundle_id' | 'bundle_version'>;
      const matter = (await catalog.compiledVersion(app.bundle_id, app.bundle_version)).matters.get(task.matter_id);
      const unknown = (missing as string[]).find((id) => !matter?.materials.some((m) => m.id === id));
      if (unknown !== undefined) throw new AppError(400, 'UNKNOWN_MATERIAL', { id: unknown });
      const key = decision === 'accept' ? (missing as string[]).find((id) => matter?.materials.find((m) => m.id === id)?.key !== false) : undefined;
      if (key !== undefined) throw new AppError(422, 'MATERIAL_IS_KEY', { id: key });
      if (decision === 'accept' && fields.length > 0) throw new AppError(400, 'BAD_REQUEST', { detail: 'an acceptance owes materials only; return the matter to correct fields' });
      const field = (fields as string[]).find((pointer) => !matter || !isMatterFieldPointer(matter, pointer));
      if (field !== undefined) throw new AppError(400, 'UNKNOWN_FIELD', { path: field });
    }
    const refuseByStatus = (row: TaskRow) => {
      if (row.status === 'approved' || row.status === 'rejected') throw new AppError(409, 'TASK_ALREADY_DECIDED', { status: row.status });
      if (row.status === 'cancelled') throw new AppError(409, 'TASK_NOT_ACTIONABLE', { status: row.status });
    };
    if (read) refuseByStatus(read);
    const by = principal.subject;
    const outcome = await commands.send(
      task.application_id,
      (snapshot, _compiled, _row, at): MatterEvent => {
        const base = { matterId: task.matter_id, by, at };
        const owed = snapshot.context.matters[task.matter_id]?.owed ?? [];
        if (decision === 'approve' && owed.length > 0) throw new AppError(409, 'MATERIALS_OWED', { ids: owed.join(', ') });
        if (decision === 'approve') return { type: 'APPROVE', ...base, ...(comment ? { comment } : {}) };
        if (decision === 'reject') return { type: 'REJECT', ...base, ...(comment ? { reason: comment } : {}) };
        if (decision === 'accept') return { type: 'ACCEPT', ...base, owed: missing as string[], ...(comment ? { comment } : {}) };
        return { type: 'RETURN', ...base, missing: missing as string[], ...(fields.length > 0 ? { fields: fields as string[] } : {}), ...(comment ? { comment } : {}) };
      },
      by,
    ).catch(async (error: unknown) => {
      // Refused without the row read: refused as the row says when it says why (decided, cancelled).
      if (!read && httpErrorOf(error)?.status === 409) refuseByStatus(await ownTask(reads, id, principal));
      throw error;
    });
    // The task and the application as the command wrote them (a task it left unchanged is read again).
    const written = outcome.tasks.get(task.matter_id);
    const updated: TaskRow = written ? { ...(read ?? task), ...written } : ((await reads('tasks').where({ id: task.id }).first()) as TaskRow);
    ctx.body = { ...taskSummary(updated), decidedAt: updated.decided_at, decidedBy: updated.decided_by, applicationStatus: outcome.row.status };
  });

  return router;
}
