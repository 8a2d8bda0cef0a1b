// The test clock (ONEGO_TEST_CLOCK=1 only): move the server's time forward, then run at once what came
// due — deadline timers, overdue rectifications, then the notifications of the events written so far and
// the webhook deliveries and SMS/e-mail messages now due, and the collection of uploaded files no upload names — for end-to-end tests of deadlines, notifications and retries.
import type { AdjustableClock } from '../clock.ts';
import { DomainError } from '../domainError.ts';
import type { NotificationServices } from '../notifications/notificationServices.ts';
import type { IssuancePass } from '../issuance/issuancePass.ts';
import type { PaymentPass } from '../payments/paymentPass.ts';
import type { PeriodicPass } from './periodicPass.ts';
import type { DeadlineScheduler } from './scheduler.ts';

export interface TestClockDependencies {
  clock: AdjustableClock;
  scheduler: DeadlineScheduler;
  /** Sends the issuance requests now due (统一发证). */
  issuance: IssuancePass;
  /** Works the payment rows now due (收费: orders, payments, refunds). */
  payments: PaymentPass;
  /** Flags rectifications past their deadline. */
  rectificationPass: PeriodicPass;
  notifications: NotificationServices;
  /** Removes the uploaded files no upload names (orphanBlobs.ts). */
  orphanPass: PeriodicPass;
}

export interface TestClockAdvanced {
  now: string;
  timersFired: number;
  rectificationsOverdue: number;
  resultsIssued: number;
  paymentsRecorded: number;
  notificationsCreated: number;
  webhookAttempts: number;
  channelAttempts: number;
  orphanFilesRemoved: number;
}

export async function advanceTestClock(deps: TestClockDependencies, advanceMs: number): Promise<TestClockAdvanced> {
  // A clock past the year 9999 (or past what a Date holds) would fail every request after: refused.
  if (!deps.clock.canAdvance(advanceMs)) throw new DomainError('BAD_REQUEST', { detail: '"advanceMs" must keep the clock before the year 9999' });
  const now = deps.clock.advance(advanceMs);
  // Both passes start now, before any await: a background run starting meanwhile would take their work.
  const [timersFired, rectificationsOverdue] = await Promise.all([deps.scheduler.runDue(), deps.rectificationPass.runDue()]);
  // The issuance requests now due (a retry after the issuing system was down).
  const resultsIssued = await deps.issuance.runDue();
  // The payment rows now due: orders to create, payments to ask about, refunds (a retry after the platform was down).
  const paymentsRecorded = await deps.payments.runDue();
  // Then what those timers and earlier commands caused: notifications, and webhook deliveries now due.
  const notificationsCreated = await deps.notifications.dispatcher.runDue();
  const webhookAttempts = await deps.notifications.webhooks.runDue();
  const channelAttempts = await deps.notifications.channels.runDue();
  const orphanFilesRemoved = await deps.orphanPass.runDue();
  return { now: now.toISOString(), timersFired, rectificationsOverdue, resultsIssued, paymentsRecorded, notificationsCreated, webhookAttempts, channelAttempts, orphanFilesRemoved };
}
