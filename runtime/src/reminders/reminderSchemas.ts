// The shapes of the reminder route (催办): what the applicant sends and what the reminder answers.
import Type from 'typebox';
import { component } from '../http/apiComponents.ts';
import { closed, instant, nullableInstant } from '../http/apiSchemas.ts';

export const ReminderRequest = component(
  'ReminderRequest',
  closed({ matterId: Type.String({ minLength: 1, maxLength: 200, description: 'The matter of the application to remind its department of.' }) }, { description: '催办: which matter.' }),
);

export const Reminder = component(
  'Reminder',
  closed(
    {
      matterId: Type.String(),
      taskId: Type.String({ description: 'The task reminded of.' }),
      remindedAt: instant('When the reminder was sent.'),
      nextPossibleAt: nullableInstant('From when the next reminder of this task is possible (the start of the next working day); null when the task no longer runs against its deadline.'),
    },
    { description: 'A reminder sent to the department (群众已催办).' },
  ),
);

/** Whether the applicant may remind the department of a matter now (催办), as the application view shows it. */
export const ReminderState = closed(
  {
    possible: Type.Boolean({ description: 'A reminder is possible now.' }),
    possibleFrom: nullableInstant('From when it is (or was) possible: the warning point (预警), or the start of the working day after the last reminder; null when the matter is not pending against a deadline.'),
    lastAt: nullableInstant('The last reminder, if any.'),
  },
  { description: '催办: whether and from when the applicant may remind the department (only in the applicant’s own view).' },
);
