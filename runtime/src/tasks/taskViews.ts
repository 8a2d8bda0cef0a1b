// Tasks as the API shows them: a line of the department's inbox, and one task with only what its matter
// needs (数据最小化): its fields with their provenance, its materials with how each was provided or waived.
import { inLang, projectForMatter, valueProvenance, type CompiledBundle, type Lang, type MatterRecord, type Waiver } from '@onego/engine';
import type { Matter } from '@onego/schemas/types';
import type { Knex } from 'knex';
import { supplementState } from '../applications/supplementState.ts';
import { dataOf, snapshotOf } from '../db/packedJson.ts';
import { dueAtOf, dueAtProvisionalOf, type ApplicationRow, type CommitmentRow, type TaskRow } from '../db/rows.ts';
import { applicationMaterials } from '../materials/applicationMaterials.ts';
import { lastReminderOf, lastReminders } from '../reminders/lastReminders.ts';
import { readProvenance, readSharedData, type StoredSharedData } from '../sharedData/storedSharedData.ts';
import { officerNames } from '../officers/officerNames.ts';
import { paymentsOf, paymentView } from '../payments/paymentView.ts';
import { namedSubjects, taskHandling, taskReview } from './taskHandlingView.ts';

/** A task of the inbox. */
export const taskSummary = (t: TaskRow) => ({
  id: t.id,
  applicationId: t.application_id,
  matterId: t.matter_id,
  department: t.department,
  status: t.status,
  acceptedAt: t.accepted_at,
  dueAt: dueAtOf(t),
  dueAtProvisional: dueAtProvisionalOf(t),
});

/** A task of the inbox with the applicant's last reminder of it (群众已催办), read with lastReminders. */
export const inboxTask = (t: TaskRow, reminded: ReadonlyMap<string, string>) => ({ ...taskSummary(t), remindedAt: lastReminderOf(reminded, t) });

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

/** The task with its matter's data, materials and supplement state. */
export async function taskDetail(reads: Knex, task: TaskRow, app: ApplicationRow, compiled: CompiledBundle, matter: Matter, lang: Lang) {
  // Waived as they were at submission, by what the data-sharing connector provided then.
  const stored = readSharedData(app);
  const record = snapshotOf<{ context: { matters: Record<string, MatterRecord | undefined> } }>(app, compiled).context.matters[matter.id];
  const commitments = (await reads('commitments').where({ application_id: app.id })) as CommitmentRow[];
  const listed = await applicationMaterials(reads, app, compiled, lang, { matterIds: [matter.id], records: { [matter.id]: record }, commitments, stored });
  const data = projectForMatter(dataOf(app, compiled), matter);
  const reminded = await lastReminders(reads, [task]);
  return {
    ...inboxTask(task, reminded),
    ...taskHandling(task, await officerNames(reads, namedSubjects(task)), lang),
    review: await taskReview(reads, compiled, matter, record, lang),
    decidedAt: task.decided_at,
    decidedBy: task.decided_by,
    matter: { id: matter.id, name: inLang(matter.name, lang), departmentName: inLang(matter.department.name, lang), timeLimit: compiled.timeLimit(matter.id) },
    submittedAt: app.created_at,
    data,
    provenance: valueProvenance(data, readProvenance(app)),
    materials: listed.map((m) => ({
      materialId: m.materialId,
      name: m.name,
      required: m.required,
      key: m.key,
      waivedBy: m.waivedBy,
      evidence: evidenceOf(m.waivedBy ?? undefined, stored),
      commitment: m.commitment,
      owed: m.owed,
      uploads: m.uploads,
    })),
    supplement: supplementState(record),
    ...paymentView(compiled, matter.id, (await paymentsOf(reads, app.id)).get(matter.id), lang, false),
  };
}
