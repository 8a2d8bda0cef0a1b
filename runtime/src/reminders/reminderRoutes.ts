// /api/applications/{id}/reminders: 催办 by the applicant (reminderService.ts).
import Type from 'typebox';
import { idParam } from '../http/apiSchemas.ts';
import { mountRoutes } from '../http/mountRoutes.ts';
import { declareApi } from '../http/routeDeclaration.ts';
import { coded, failure, JSON_SHAPE_CODES, JSON_SHAPE_TEXT, notFound, TEXT_TOO_LONG_TEXT } from '../openapi/responses.ts';
import { Reminder, ReminderRequest } from './reminderSchemas.ts';
import type { ReminderService } from './reminderService.ts';

export const reminderApi = declareApi({
  remindDepartment: {
    operationId: 'remindDepartment',
    method: 'post',
    path: '/api/applications/{id}/reminders',
    tags: ['applications'],
    summary: 'Remind the department of a matter past its warning point (催办)',
    description:
      '催办 (citizen, own application): possible once the matter’s task has passed its warning point (预警, when the department is warned that the deadline nears), and then at most once a working day per task (working days of the application’s calendar: the next reminder from the start of the working day after the last one). The reminder is recorded in the timeline (REMINDED) and notified (reminder_received) to the task’s department while nobody holds it, else to its holder and the department’s 科室负责人; the officer’s inbox and task show it (群众已催办, remindedAt). Role: citizen.',
    access: ['citizen'],
    params: Type.Object({ id: idParam('The application id (办件编号).') }),
    body: { schema: ReminderRequest, description: 'The matter.' },
    response: { status: 201, description: 'The reminder was sent.', schema: Reminder },
    otherResponses: {
      '400': failure(
        `BAD_JSON: the body is not valid JSON. BAD_REQUEST: the body does not match its schema (matterId missing or not a string; detail names the field). ${TEXT_TOO_LONG_TEXT} ${JSON_SHAPE_TEXT}`,
        coded(['BAD_JSON', 'BAD_REQUEST', 'TEXT_TOO_LONG', ...JSON_SHAPE_CODES]),
      ),
      '404': notFound('APPLICATION_NOT_FOUND', 'no such application, or another citizen’s.'),
      '409': failure(
        'REMINDER_NOT_POSSIBLE: the matter is not in the application, or its task is not pending against a deadline (waiting for a dependency, returned to the applicant, decided, cancelled, or without a time limit). REMINDER_TOO_EARLY: the task has not passed its warning point; possibleAt says when. REMINDER_ALREADY_SENT: a reminder of this task was sent this working day; possibleAt is when the next is possible.',
        coded(['REMINDER_NOT_POSSIBLE']),
        coded(['REMINDER_TOO_EARLY'], 'ReminderTooEarly'),
        coded(['REMINDER_ALREADY_SENT'], 'ReminderAlreadySent'),
      ),
    },
  },
});

export function reminderRoutes(reminders: ReminderService) {
  return mountRoutes(reminderApi, {
    remindDepartment: ({ params, body, principal, lang }) => reminders.remind(params.id, principal, body.matterId, lang),
  });
}
