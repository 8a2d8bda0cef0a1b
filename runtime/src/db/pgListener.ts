// PostgreSQL LISTEN on a connection of its own, outside the pool: the messages of one channel, from the
// moment start() returns until stop(). A listener that loses its connection (PostgreSQL restarting)
// connects again a second later; what was NOTIFYed meanwhile is lost, so every user of it also finds its
// work in the tables (a stream's replay, a pass's interval).
import pg, { type Client, type ClientConfig } from 'pg';
import type { Logger } from 'pino';
import type { Database } from './createDatabase.ts';

const RECONNECT_MS = 1000;

export class PgListener {
  private listener: Client | undefined;
  private retry: NodeJS.Timeout | undefined;
  private stopped = true;

  constructor(
    private readonly deps: {
      db: Database;
      /** A plain identifier (it is written into the LISTEN statement). */
      channel: string;
      log: Logger;
      /** What listens, for the log (e.g. "notification listener"). */
      name: string;
      onMessage: (payload: string | undefined) => void;
    },
  ) {}

  /** Listens from now on (connecting again whenever the connection is lost, until stop). */
  async start(): Promise<void> {
    this.stopped = false;
    await this.listen();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const { connection } = (this.deps.db.client as { config: { connection: ClientConfig } }).config;
    const client = new pg.Client(connection);
    let lost = false;
    const reconnect = (error?: unknown): void => {
      if (lost) return;
      lost = true;
      if (this.listener === client) this.listener = undefined;
      void client.end().catch(() => undefined);
      if (this.stopped) return;
      this.deps.log.warn({ err: error }, `${this.deps.name} lost its connection; connecting again`);
      this.retry = setTimeout(() => void this.listen(), RECONNECT_MS);
    };
    client.on('error', reconnect);
    client.on('end', () => reconnect());
    client.on('notification', (message) => this.deps.onMessage(message.payload));
    try {
      await client.connect();
      await client.query(`LISTEN ${this.deps.channel}`);
      if (this.stopped) await client.end();
      else this.listener = client;
    } catch (error) {
      reconnect(error);
    }
  }
}
