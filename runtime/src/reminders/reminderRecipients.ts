// Whom a reminder (催办) goes to. Today every officer of the task's department (the department's inbox);
// once tasks have holders and step leads, this is the one place to narrow it to the holder and their lead.
import type { Audience } from '../notifications/notificationTypes.ts';

/** A notification's addressee: a department's shared inbox, or one person's. */
export interface ReminderRecipient {
  audience: Audience;
  recipient: string;
}

/** The recipients of a reminder about this task. */
export function reminderRecipients(task: { department: string }): ReminderRecipient[] {
  return [{ audience: 'department', recipient: task.department }];
}
