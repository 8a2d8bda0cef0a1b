// The kinds of notification OneGo sends, whom each goes to, and the row shape they are stored in.

/** Sent to the citizen who applied (their personal inbox). */
export const CITIZEN_NOTIFICATION_TYPES = [
  'application_submitted',
  'returned_for_supplement',
  'materials_owed',
  'matter_approved',
  'matter_rejected',
  'application_completed',
  'application_rejected',
  'withdrawal_confirmed',
] as const;

/** Sent to a department: every officer of it sees them; its webhook may receive them. */
export const DEPARTMENT_NOTIFICATION_TYPES = [
  'task_assigned',
  'supplement_received',
  'deadline_warning',
  'overdue',
  'rectification_opened',
  'rectification_overdue',
  'application_withdrawn',
  'reminder_received',
  'step_deadline_warning',
  'lead_overdue',
  'task_escalated',
] as const;

export const NOTIFICATION_TYPES = [...DEPARTMENT_NOTIFICATION_TYPES, ...CITIZEN_NOTIFICATION_TYPES] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];
export type DepartmentNotificationType = (typeof DEPARTMENT_NOTIFICATION_TYPES)[number];
export type CitizenNotificationType = (typeof CITIZEN_NOTIFICATION_TYPES)[number];
export const isCitizenNotificationType = (type: string): type is CitizenNotificationType => (CITIZEN_NOTIFICATION_TYPES as readonly string[]).includes(type);

/** `user`: one subject's personal inbox; `department`: the inbox shared by a department's officers. */
export type Audience = 'user' | 'department';

/**
 * A row of table notifications. Rows written since migration 011 keep only what cannot be derived: the
 * event is a row of the timeline and the place of the event in it (event_seq: a command's row holds the
 * events it caused, eventLog.ts), which say the application, the matter and the time (application_id
 * and matter_id null, created_at ''); the texts are '' (made from the type and details on read:
 * notificationContent); the details leave out the bundle id, the task id and whether a rule approved the
 * matter (the application's, the matter's, the event's). Rows written before keep them all.
 */
export interface NotificationRow {
  id: number;
  audience: Audience;
  recipient: string;
  type: NotificationType;
  event_id: number;
  /** The event's place in its row (migration 011); null in rows written before. */
  event_seq: number | null;
  application_id: string | null;
  matter_id: string | null;
  title_zh: string;
  title_en: string;
  body_zh: string;
  body_en: string;
  details: string;
  created_at: string;
}

/** A notification with everything it says: as the dispatcher sends it and as a reader gets it. */
export interface Notification {
  id: number;
  audience: Audience;
  recipient: string;
  type: NotificationType;
  applicationId: string | null;
  matterId: string | null;
  title: { zh: string; en: string };
  body: { zh: string; en: string };
  details: Record<string, unknown>;
  createdAt: string;
}

/** Notification types about one task of a department: their details name the task. */
const TASK_NOTIFICATION_TYPES: ReadonlySet<string> = new Set(['task_assigned', 'supplement_received', 'deadline_warning', 'overdue', 'application_withdrawn', 'reminder_received', 'step_deadline_warning', 'lead_overdue', 'task_escalated']);

/** What the details of a notification since migration 011 are made whole with. */
export interface DerivedDetails {
  bundleId: string | null;
  taskId: string | null;
  /** Who caused the notification's event: a rule ('rule <version>') approves by itself (秒批). */
  actor: string;
}

/**
 * The details as the API shows them, from the details stored: rows written since migration 011 store
 * neither the bundle id, nor the task id, nor autoApproved (`stored` has no bundleId); rows written
 * before store them all.
 */
export function fullDetails(type: string, stored: Record<string, unknown>, derived: DerivedDetails): Record<string, unknown> {
  if ('bundleId' in stored) return stored;
  return {
    bundleId: derived.bundleId,
    ...(TASK_NOTIFICATION_TYPES.has(type) ? { taskId: derived.taskId } : {}),
    ...(type === 'matter_approved' ? { autoApproved: derived.actor.startsWith('rule') } : {}),
    ...stored,
  };
}

export const needsTaskId = (type: string): boolean => TASK_NOTIFICATION_TYPES.has(type);
