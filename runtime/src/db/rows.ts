// The shapes of the rows the runtime reads (see migrations/).
import { NO_DEADLINE } from './taskInbox.ts';

export interface ApplicationRow {
  id: string;
  bundle_id: string;
  bundle_version: number;
  applicant: string;
  status: string;
  version: number;
  /** '' since migration 011: the snapshot is in snapshot_deflated (read with snapshotOf). */
  snapshot: string;
  snapshot_deflated?: Buffer | null;
  answers: string;
  /** '' since migration 011: the data is in data_deflated (read with dataOf). */
  data: string;
  data_deflated?: Buffer | null;
  results: string | null;
  idempotency_key: string;
  request_hash: string;
  created_at: string;
  updated_at: string;
  /** JSON StoredSharedData (migration 005); null before it. */
  shared_data?: string | null;
  /** JSON {pointer: ValueProvenance} of the shared and overridden values (migration 005); null when there are none. */
  provenance?: string | null;
  /** The enterprise (unified social credit code and name) an enterprise bundle's application belongs to (migration 024). */
  enterprise?: string | null;
  enterprise_name?: string | null;
  /** When it ended (migration 027); null while open and on rows that ended before it. */
  ended_at?: string | null;
  /** Its merged waits for the applicant as JSON [{from, to}] (migration 027); null when none. */
  pauses?: string | null;
}

/** A row of table tasks. Its deadline is `sort_due` (migration 011 dropped due_at): read it with `dueAtOf`. */
export interface TaskRow {
  id: string;
  application_id: string;
  matter_id: string;
  department: string;
  status: string;
  accepted_at: string | null;
  /** The deadline, or NO_DEADLINE (after every date: the inbox's order) for a task without one. */
  sort_due: string;
  /** The deadline is provisional: counted by the weekday rule over a year without a loaded holiday schedule (migration 012; 0/1 in SQLite). */
  due_provisional?: boolean | number | null;
  decided_at: string | null;
  decided_by: string | null;
  /** The matter's current review step and its name (JSON {zh, en}); null without steps (migration 019). */
  step_id?: string | null;
  step_name?: string | null;
  /** The officers who signed the current countersigned step so far (JSON list), or null. */
  signed?: string | null;
  /** Who holds the task (签收/指派/转办/委派), null: unclaimed; who delegated it to the holder. */
  holder?: string | null;
  delegated_by?: string | null;
  /** The current step's own deadline and warning point (migration 026); null when the step has no time limit. */
  step_due_at?: string | null;
  step_warning_at?: string | null;
}

/** A task's deadline (dueAt), or null when it has none (not accepted yet, or returned to the applicant). */
export const dueAtOf = (task: { sort_due: string }): string | null => (task.sort_due === NO_DEADLINE ? null : task.sort_due);

/**
 * Whether an open task's deadline is provisional: counted Monday–Friday over a year whose holiday schedule
 * is not loaded, to be re-based when it is. False for a decided task (its deadline is history) and
 * without a deadline.
 */
export const dueAtProvisionalOf = (task: { status: string; sort_due: string; due_provisional?: boolean | number | null }): boolean =>
  task.status === 'pending' && task.sort_due !== NO_DEADLINE && Boolean(task.due_provisional);

/** A row of the timeline (table events); read it with `loggedEvents` (eventLog.ts). */
export interface EventRow {
  id: number;
  application_id: string;
  type: string;
  matter_id: string | null;
  actor: string;
  at: string;
  payload: string | null;
  /** JSON [type, matterId, actor?][] of the events the row's command caused (migration 011); null before, and for one-event rows. */
  caused: string | null;
}

export interface CommitmentRow {
  id: number;
  application_id: string;
  material_id: string;
  /** The signed text, {zh, en} JSON. */
  text: string;
  signed_by: string;
  signed_at: string;
  /** The signature's PNG in the blob store (migration 026); null when the commitment was signed without one. */
  signature_sha256?: string | null;
  signature_method?: 'drawn' | 'typed' | null;
  signature_size?: number | null;
}

export interface DraftRow {
  id: string;
  applicant: string;
  bundle_id: string;
  answers: string;
  data: string;
  version: number;
  created_at: string;
  updated_at: string;
  expires_at: string;
  /** JSON array of the material ids the citizen chose to sign a commitment for (migration 010); null before. */
  commitments?: string | null;
  /** JSON OnBehalfOf: the person a proxy applies for (migration 024); null: nobody. */
  on_behalf_of?: string | null;
}

export interface RatingRow {
  application_id: string;
  applicant: string;
  overall_score: number;
  overall_comment: string | null;
  rated_at: string;
}

export interface MatterRatingRow {
  application_id: string;
  matter_id: string;
  department: string;
  score: number;
  comment: string | null;
  rated_at: string;
}

export interface RectificationRow {
  id: string;
  application_id: string;
  department: string;
  /** JSON of RectificationCause (ratings/ratingRules.ts) without the department. */
  cause: string;
  status: 'open' | 'overdue' | 'answered';
  opened_at: string;
  due_at: string;
  overdue_at: string | null;
  answer: string | null;
  measures: string | null;
  answered_by: string | null;
  answered_at: string | null;
  /** SQLite returns booleans as 0/1. */
  answered_on_time: boolean | number | null;
  /** Counted Monday–Friday over a year without a loaded holiday schedule (migration 013; false before). */
  due_provisional?: boolean | number | null;
  /** The limit in working days it was opened with (migration 013; null before): a re-base counts it again. */
  limit_days?: number | null;
}
