// How an `onego serve` process tells the `onego work` processes that a command wrote events to notify
// (PostgreSQL only): after the command committed, a NOTIFY on a channel of its own; every work process
// LISTENs and wakes its notification dispatcher, which then runs within its interval rather than after
// its idle wait. Nothing rides on the message: the work is the rows the command wrote (the notification
// outbox), so a message lost while no work process listens only delays it to the dispatcher's next pass
// (at most IDLE_PASS_MAX_MS), and a work process that starts later finds it in the table.
// Issuance after commit needs no signal: the serve process sends the request itself, claimed in the
// database as the issuance pass claims it (issuancePass.ts); the work processes retry what failed.
import type { Logger } from 'pino';
import type { Database } from '../db/createDatabase.ts';
import { PgListener } from '../db/pgListener.ts';

const CHANNEL = 'onego_work';

export class WorkSignal {
  /** A NOTIFY in flight, and whether another was asked for meanwhile (one more is sent after it). */
  private sending: Promise<void> | undefined;
  private again = false;

  constructor(private readonly deps: { db: Database; log: Logger }) {}

  /** Commands committed: the work processes are told once (several calls while one is sent: once more after it). */
  announce(): void {
    if (this.sending) {
      this.again = true;
      return;
    }
    this.sending = this.deps.db
      .raw('select pg_notify(?, ?)', [CHANNEL, 'events'])
      .then(
        () => undefined,
        (error: unknown) => this.deps.log.warn({ err: error }, 'the work processes could not be told of new events; they find them on their next pass'),
      )
      .finally(() => {
        this.sending = undefined;
        if (this.again) {
          this.again = false;
          this.announce();
        }
      });
  }

  /** Waits for the NOTIFY in flight (before the database closes). */
  async drain(): Promise<void> {
    while (this.sending) await this.sending;
  }

  /** A listener calling `wake` on every message (a work process); start() it, stop() it. */
  listener(wake: () => void): PgListener {
    return new PgListener({ db: this.deps.db, channel: CHANNEL, log: this.deps.log, name: 'work listener', onMessage: () => wake() });
  }
}
