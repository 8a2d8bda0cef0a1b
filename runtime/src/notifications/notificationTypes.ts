// The kinds of notification OneGo sends, whom each goes to, and the row shape they are stored in.

/** Sent to the citizen who applied (their personal inbox). */
export const CITIZEN_NOTIFICATION_TYPES = [
  'returned_for_supplement',
  'materials_owed',
  'matter_approved',
  'matter_rejected',
  'application_completed',
  'application_rejected',
] as const;

/** Sent to a department: every officer of it sees them; its webhook may receive them. */
export const DEPARTMENT_NOTIFICATION_TYPES = [
  'task_assigned',
  'supplement_received',
  'deadline_warning',
  'overdue',
  'rectification_opened',
  'rectification_overdue',
] as const;

export const NOTIFICATION_TYPES = [...DEPARTMENT_NOTIFICATION_TYPES, ...CITIZEN_NOTIFICATION_TYPES] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];
export type DepartmentNotificationType = (typeof DEPARTMENT_NOTIFICATION_TYPES)[number];

export const isDepartmentNotificationType = (value: unknown): value is DepartmentNotificationType =>
  typeof value === 'string' && (DEPARTMENT_NOTIFICATION_TYPES as readonly string[]).includes(value);

/** `user`: one subject's personal inbox; `department`: the inbox shared by a department's officers. */
export type Audience = 'user' | 'department';

export interface NotificationRow {
  id: number;
  audience: Audience;
  recipient: string;
  type: NotificationType;
  event_id: number;
  application_id: string | null;
  matter_id: string | null;
  title_zh: string;
  title_en: string;
  body_zh: string;
  body_en: string;
  details: string;
  created_at: string;
}
