// Starts OneGo all in one process (`npm start`): database and migrations, example bundles, the HTTP
// server, and the background work — the deadline scheduler, the notification dispatcher, the webhook and
// message senders, the issuance and payment passes (roles/). close() ends the notification streams, drains
// in-flight requests, stops the background loops and closes the database.
import type { RuntimeConfig } from './config.ts';
import type { Database } from './db/createDatabase.ts';
import { startRoles } from './roles/startRoles.ts';

export interface RunningServer {
  url: string;
  db: Database;
  /** The connections for reads (the same as db for an in-memory database). */
  reads: Database;
  close(): Promise<void>;
}

export async function startServer(config: RuntimeConfig): Promise<RunningServer> {
  const running = await startRoles(config, { role: 'all', migrate: true });
  return { url: running.url ?? '', db: running.db, reads: running.reads, close: () => running.close() };
}
