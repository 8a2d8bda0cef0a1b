// Whom a reminder (催办) goes to: while nobody holds the task, the department's shared inbox (whoever
// takes it up sees it); once an officer holds it (签收, 指派, 转办, 委派), that officer and the department's
// leads (科室负责人, who may assign it to someone else), each in their own inbox.
import type { Audience } from '../notifications/notificationTypes.ts';

/** A notification's addressee: a department's shared inbox, or one person's. */
export interface ReminderRecipient {
  audience: Audience;
  recipient: string;
}

/** The recipients of a reminder about this task; `leads` are the subjects of its department's leads. */
export function reminderRecipients(task: { department: string; holder?: string | null }, leads: readonly string[]): ReminderRecipient[] {
  if (!task.holder) return [{ audience: 'department', recipient: task.department }];
  return [...new Set([task.holder, ...leads])].map((subject) => ({ audience: 'user', recipient: subject }));
}
