// The shapes of the test clock (ONEGO_TEST_CLOCK=1 only): how far to move it, and what ran then.
import Type from 'typebox';
import { component } from '../http/apiComponents.ts';
import { closed, instant } from '../http/apiSchemas.ts';

export const TestClockRequest = component(
  'TestClockRequest',
  Type.Object({ advanceMs: Type.Number({ minimum: 0, description: 'Milliseconds to move the server clock forward (it never goes back).' }) }),
);

const count = (description: string) => Type.Integer({ minimum: 0, description });

export const TestClock = component(
  'TestClock',
  closed({
    now: instant("The server's clock after the move."),
    timersFired: count('Deadline timers (warning at 80 %, overdue) that came due and were fired.'),
    rectificationsOverdue: count('Rectifications (差评整改) past their deadline that were flagged overdue.'),
    resultsIssued: count('Applications whose results were issued (统一发证) by issuance requests now due: a retry after the issuing system was down.'),
    paymentsRecorded: count('Fees recorded as paid (收费) by the payment rows now due; orders created and refunds asked for are not counted.'),
    notificationsCreated: count('Notifications made from the events written so far.'),
    webhookAttempts: count('Webhook delivery attempts made (deliveries that were due).'),
    channelAttempts: count('SMS and e-mail attempts made (messages that were due).'),
    orphanFilesRemoved: count('Uploaded files named by no upload, stored longer than the grace period (ONEGO_ORPHAN_GRACE_HOURS), that were removed.'),
  }),
);
