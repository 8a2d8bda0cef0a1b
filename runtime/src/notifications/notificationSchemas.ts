// The shapes of the notifications (用户中心消息): their types, one notification as its reader gets it (also
// on the stream), and the details a client acts on (also in webhook payloads).
import Type from 'typebox';
import { component } from '../http/apiComponents.ts';
import { closed, instant, localized, nullableText, uuid } from '../http/apiSchemas.ts';
import { CITIZEN_NOTIFICATION_TYPES, DEPARTMENT_NOTIFICATION_TYPES, NOTIFICATION_TYPES } from './notificationTypes.ts';

const NotificationType = component(
  'NotificationType',
  Type.Enum(NOTIFICATION_TYPES, {
    type: 'string',
    description: `To a department (every officer of it; its webhook may receive them): ${DEPARTMENT_NOTIFICATION_TYPES.join(', ')} — task_assigned (新的待办: a matter became pending), supplement_received (补正后重新待审), deadline_warning (即将超期, at 80 % of the time limit), overdue (已超期), rectification_opened (差评整改: a bad rating), rectification_overdue (整改超期), application_withdrawn (申请人撤回: the department's task is cancelled), reminder_received (群众催办: the applicant reminded the department of a task past its warning point; to the holder and the step's lead personally once someone holds it), step_deadline_warning (环节即将到期: a review step's own deadline nears; to its holder personally, the department while nobody holds it), lead_overdue (超期督办: a step's own deadline or the matter's passed; to each officer holding the step's lead position personally, naming the step and the holder; the department when nobody holds that position), task_escalated (超期移交: the system moved an overdue task to the step's lead; to the lead and the officer it was taken from personally; to the department when nobody holds the lead position). To the applicant: ${CITIZEN_NOTIFICATION_TYPES.join(', ')} — application_submitted (申请已提交), returned_for_supplement (请补正), materials_owed (容缺受理: materials to supply, the matter goes on), matter_approved (事项通过, also by rule: 秒批), matter_rejected (不予许可), application_completed (办结, results issued), application_rejected (不予办理), withdrawal_confirmed (您已撤回申请: the applicant's own withdrawal, with their reason).`,
  }),
);

/** What a notification says beyond its texts, by type (made from the stored details on read: any object with a bundleId). */
export const NotificationDetails = Type.Unsafe<Record<string, unknown>>(
  Type.Object(
    {
      bundleId: Type.String(),
      taskId: Type.Optional(Type.Union([Type.String(), Type.Null()])),
      dueAt: Type.Optional(Type.Union([Type.String({ format: 'date-time' }), Type.Null()])),
      dueAtProvisional: Type.Optional(Type.Literal(true)),
      rectificationId: Type.Optional(Type.Union([Type.String(), Type.Null()])),
      missing: Type.Optional(Type.Array(Type.String())),
      fields: Type.Optional(Type.Array(Type.String())),
      comment: Type.Optional(Type.String()),
      autoApproved: Type.Optional(Type.Boolean()),
      reason: Type.Optional(Type.String()),
      dependencyRejected: Type.Optional(Type.Boolean()),
      resultCount: Type.Optional(Type.Integer({ minimum: 0 })),
    },
    {
      description:
        'Facts for a client to act on, by type: bundleId always; taskId and dueAt, and dueAtProvisional: true when that deadline is counted Monday–Friday because its year’s holiday schedule is not loaded yet (task_assigned, supplement_received, deadline_warning, overdue, reminder_received); taskId and reason, the applicant’s reason if they gave one (application_withdrawn, withdrawal_confirmed); taskId, stepName ({zh, en}), dueAt of the step or matter deadline, deadline (step | matter) and holderName, noLead (the lead position nobody holds) (step_deadline_warning, lead_overdue); taskId, stepName, overdueDays, holderName (taken from), toName (given to) or noLead (task_escalated); rectificationId and dueAt (rectification_*); missing (material ids), fields (JSON Pointers of the answers to correct) and comment (returned_for_supplement); missing (material ids) and comment (materials_owed); autoApproved (matter_approved); reason, or dependencyRejected when a matter it depends on was rejected (matter_rejected); resultCount (application_completed).',
    },
  ),
);

export const Notification = component(
  'Notification',
  closed(
    {
      id: Type.Integer({ minimum: 1, description: 'Increasing: newer notifications have larger ids (the stream sends it as the event id).' }),
      type: NotificationType,
      audience: Type.Enum(['personal', 'department'], {
        type: 'string',
        description: "personal: the caller's own inbox; department: the inbox shared by the officers of the caller's department.",
      }),
      department: nullableText('The department of a department notification; null for a personal one.'),
      applicationId: Type.Union([uuid(), Type.Null()], { description: 'The application (办件) it is about.' }),
      matterId: nullableText('The matter it is about, if one.'),
      title: localized('The title.'),
      body: localized('The text.'),
      details: NotificationDetails,
      createdAt: instant('When the event happened.'),
      read: Type.Boolean({ description: 'Whether the caller has read it (read state is per user, also for department notifications). Always false on the stream.' }),
    },
    { description: '用户中心消息: one notification of the caller.' },
  ),
);

export const NotificationsMarked = component('NotificationsMarked', closed({ marked: Type.Integer({ minimum: 0, description: 'How many were unread.' }) }));
