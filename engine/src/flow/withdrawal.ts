// 撤回: an application may be withdrawn by its applicant while no matter has been decided — nothing
// approved (by an officer or by rule), rejected, returned for supplement (补正) or accepted with materials
// owed (容缺受理), and no review step completed, signed or sent back. A matter waiting for its fee (unpaid)
// is undecided; a fee already paid is refunded by the runtime.
import type { ApplicationContext, MatterRecord } from './applicationContext.ts';

/** A matter nobody has decided anything about yet: waiting for its fee or its dependencies, or pending untouched. */
function undecided(record: MatterRecord): boolean {
  if (record.status === 'excluded' || record.status === 'waiting' || record.status === 'unpaid') return true;
  return (
    record.status === 'pending' &&
    record.decidedAt === undefined &&
    (record.returns ?? 0) === 0 &&
    (record.owed ?? []).length === 0 &&
    (record.stepsDone ?? []).length === 0 &&
    (record.signatures ?? []).length === 0 &&
    (record.addedSigners ?? []).length === 0 &&
    // A step that began after the matter did was reached by completing or sending back another.
    (record.stepStartedAt === undefined || record.stepStartedAt === record.startedAt)
  );
}

/**
 * Whether the application (submitted, not ended) may still be withdrawn, as far as its snapshot shows:
 * every matter undecided. An acceptance with owed materials (容缺受理) whose materials were all supplied
 * leaves no mark in the snapshot; the runtime refuses it from the timeline.
 */
export function isWithdrawable(context: ApplicationContext): boolean {
  return context.submittedAt !== undefined && context.included.length > 0 && Object.values(context.matters).every(undecided);
}
