// The background role (`onego work`, and the all-in-one `npm start`): the passes over durable rows —
// deadline timers, issuance and payment retries, the notification dispatcher with the webhook and SMS /
// e-mail senders, overdue rectifications, orphan uploads. Each claims its rows in the database, so any
// number of processes may run it. On PostgreSQL it also listens for the serve processes' word that
// commands wrote events (workSignal.ts). stop() waits for the pass in flight of each.
import { startNotificationWork, stopNotificationWork } from '../notifications/notificationServices.ts';
import type { RuntimeCore } from './runtimeCore.ts';

export interface BackgroundRole {
  stop(): Promise<void>;
}

export async function startBackgroundRole(core: RuntimeCore): Promise<BackgroundRole> {
  const { notifications } = core;
  const listener = core.workSignal?.listener(() => notifications.dispatcher.wake());
  await listener?.start();
  core.scheduler.start();
  core.issuance.start();
  core.payments.start();
  startNotificationWork(notifications);
  core.rectificationPass.start();
  core.orphanPass.start();
  let stopping: Promise<void> | undefined;
  return {
    stop() {
      stopping ??= (async () => {
        await listener?.stop();
        await core.scheduler.stop();
        await core.issuance.stop();
        await core.payments.stop();
        await stopNotificationWork(notifications);
        await core.rectificationPass.stop();
        await core.orphanPass.stop();
      })();
      return stopping;
    },
  };
}
