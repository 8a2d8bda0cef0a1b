// Applications as the API shows them: the whole application (办件详情, what its reader may see), a line of
// the applicant's list, and what a submission answers.
import { commitmentSignatureOf } from '../signatures/commitmentSignature.ts';
import { stepTimelineText } from './stepTimelineText.ts';
import { inLang, type ApplicationContext, type CompiledBundle, type IssuedResult, type Lang, type Text, type WorkingDayCalendar } from '@onego/engine';
import type { Principal } from '../auth/principal.ts';
import type { BundleCatalog } from '../bundles/bundleCatalog.ts';
import type { Database } from '../db/createDatabase.ts';
import { loggedEvents } from '../db/eventLog.ts';
import { snapshotOf } from '../db/packedJson.ts';
import { dueAtOf, dueAtProvisionalOf, type ApplicationRow, type CommitmentRow, type EventRow, type TaskRow } from '../db/rows.ts';
import { applicationMaterials } from '../materials/applicationMaterials.ts';
import { provenanceView, sharedDataSummary } from '../sharedData/provenanceView.ts';
import { readSharedData } from '../sharedData/storedSharedData.ts';
import { lastReminderOf, lastReminders } from '../reminders/lastReminders.ts';
import { reminderWindow } from '../reminders/reminderWindow.ts';
import { supplementState } from './supplementState.ts';
import { shownDetails, withdrawable } from './withdrawability.ts';

/** What the applicant's own view adds: whether each matter may be reminded of now (催办). */
export interface ReminderContext {
  calendars: { forRegion(divisionCode: string | undefined): WorkingDayCalendar };
  now: string;
}
import { issuedLicences } from '../issuance/licenceService.ts';
import { applicationParties } from '../applicants/applicationParties.ts';
import { paymentsOf, paymentView } from '../payments/paymentView.ts';

/**
 * The application as its reader may see it. An officer (viewer with a department) sees the details of
 * timeline entries, the provenance of values, the e-licences used and the materials only for their own
 * department's matters: others' comments, reasons, fields and files stay with them.
 */
export async function applicationView(db: Database, catalog: BundleCatalog, row: ApplicationRow, lang: Lang, viewer?: Principal, reminders?: ReminderContext) {
  const compiled = await catalog.compiledVersion(row.bundle_id, row.bundle_version);
  const tasks = (await db('tasks').where({ application_id: row.id })) as TaskRow[];
  const order = compiled.bundle.matters.map((m) => m.matter);
  tasks.sort((a, b) => order.indexOf(a.matter_id) - order.indexOf(b.matter_id));
  const events = loggedEvents((await db('events').where({ application_id: row.id }).orderBy('id')) as EventRow[]);
  const { context } = snapshotOf<{ context: ApplicationContext }>(row, compiled);
  const records = context.matters;
  // Issued results live in the snapshot (rows written before also have them in the results column).
  const issued = context.results ?? (row.results ? (JSON.parse(row.results) as IssuedResult[]) : []);
  // The applicant downloads the e-licences (电子证照) the issuing system issued.
  const licensed = issued.length > 0 && viewer?.role === 'citizen' && viewer.subject === row.applicant ? await issuedLicences(db, row.id) : new Set<string>();
  const results = issued.map((result) =>
    licensed.has(result.matterId) ? { ...result, licenceUrl: `/api/applications/${encodeURIComponent(row.id)}/results/${encodeURIComponent(result.matterId)}/licence` } : result,
  );
  const commitments = (await db('commitments').where({ application_id: row.id }).orderBy('id')) as CommitmentRow[];
  // An officer sees the materials of their own department's matters only (as in their tasks).
  const visibleMatters = tasks.filter((t) => viewer?.role !== 'officer' || t.department === viewer.department).map((t) => t.matter_id);
  const materials = await applicationMaterials(db, row, compiled, lang, { matterIds: visibleMatters, records, commitments, stored: readSharedData(row) });
  const reminded = await lastReminders(db, tasks);
  const calendar = reminders?.calendars.forRegion(compiled.bundle.region?.divisionCode);
  const parties = await applicationParties(db, row.id);
  const payments = await paymentsOf(db, row.id);
  const isApplicant = viewer?.role === 'citizen' && viewer.subject === row.applicant;
  return {
    id: row.id,
    bundleId: row.bundle_id,
    bundleVersion: row.bundle_version,
    bundleName: inLang(compiled.bundle.name, lang),
    status: row.status,
    submittedAt: row.created_at,
    updatedAt: row.updated_at,
    withdrawable: withdrawable(row.status, context, events.map((e) => e.type)),
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
        remindedAt: lastReminderOf(reminded, t),
        ...(reminders && calendar ? { reminder: reminderView(t, records[t.matter_id], compiled.timeLimit(t.matter_id), lastReminderOf(reminded, t), calendar, reminders.now) } : {}),
        ...paymentView(compiled, t.matter_id, payments.get(t.matter_id), lang, isApplicant),
      };
    }),
    commitments: commitments.map((c) => ({ materialId: c.material_id, text: inLang(JSON.parse(c.text) as Text, lang), signedBy: c.signed_by, signedAt: c.signed_at, signature: commitmentSignatureOf(c) })),
    materials,
    results,
    sharedData: sharedDataSummary(row, compiled, lang, viewer),
    provenance: provenanceView(row, compiled, viewer),
    parties,
    ...(row.enterprise ? { enterprise: { creditCode: row.enterprise, name: row.enterprise_name ?? '' } } : {}),
    timeline: events.map((e) => {
      const foreign = viewer?.role === 'officer' && e.matter_id !== null && compiled.matters.get(e.matter_id)?.department.id !== viewer.department;
      const text = stepTimelineText(e, compiled, lang, viewer?.role === 'officer' && !foreign);
      return {
        at: e.at,
        who: e.actor,
        what: e.type,
        ...(text ? { text } : {}),
        ...(e.matter_id ? { matterId: e.matter_id } : {}),
        ...(e.payload !== null && !foreign ? { details: shownDetails(e.type, e.payload) } : {}),
        // The completion's details are the results, kept once, in the snapshot.
        ...(e.type === 'APPLICATION_COMPLETED' && !e.payload ? { details: results } : {}),
      };
    }),
  };
}

/** 催办: whether the applicant may remind the department of the matter now, from when, and the last time. */
function reminderView(task: TaskRow, record: ApplicationContext['matters'][string] | undefined, limit: ReturnType<CompiledBundle['timeLimit']>, lastAt: string | null, calendar: WorkingDayCalendar, now: string) {
  const window = reminderWindow({ status: task.status, record, limit, lastAt, calendar, now });
  return { possible: window.refusal === null, possibleFrom: window.possibleFrom, lastAt };
}

/** A line of the applicant's list of applications. */
export const applicationSummary = (row: Pick<ApplicationRow, 'id' | 'bundle_id' | 'bundle_version' | 'status' | 'created_at' | 'updated_at'>, bundleName: string) => ({
  id: row.id,
  bundleId: row.bundle_id,
  bundleVersion: row.bundle_version,
  bundleName,
  status: row.status,
  submittedAt: row.created_at,
  updatedAt: row.updated_at,
});

/** A matter of a submitted application as the submission answers it. */
export const submittedMatter = (t: Pick<TaskRow, 'matter_id' | 'status' | 'sort_due' | 'due_provisional'> & { department?: string | undefined }) => ({
  matterId: t.matter_id,
  department: t.department ?? '',
  status: t.status,
  dueAt: dueAtOf(t),
  dueAtProvisional: dueAtProvisionalOf(t),
});

/** What a submission answers: the application and its included matters, in bundle order. */
export const createdView = (row: ApplicationRow, matters: ReturnType<typeof submittedMatter>[]) => ({
  id: row.id,
  status: row.status,
  bundleId: row.bundle_id,
  bundleVersion: row.bundle_version,
  matters,
});
