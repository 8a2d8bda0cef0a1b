// Reads that may be a little stale (ONEGO_DATABASE_READ_URL: a PostgreSQL streaming replica). The
// statistics read it: answers a few hundred milliseconds behind the writer are as good as current ones,
// and their scans of every application of a period leave the writer to the commands. Everything a command
// decides on, and every read after a write of the same request, stays on the writer (`db`, and the
// `reads` of openDatabase.ts, which are the writer's on PostgreSQL). While the replica does not answer —
// down at start-up, or gone since — those reads go to the writer, and the switch is logged each way; a
// probe every PROBE_MS notices both.
import knex from 'knex';
import type { Database } from './createDatabase.ts';

/** How often the replica is asked whether it answers. */
const PROBE_MS = 5000;
/** A replica that does not answer a probe within this is taken as down. */
const PROBE_TIMEOUT_MS = 2000;
const REPLICA_CONNECTIONS = 5;

interface ReplicaLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

export class ReadReplica {
  #healthy = false;
  #timer: NodeJS.Timeout | undefined;
  #probing: Promise<void> | undefined;

  private constructor(
    private readonly writer: Database,
    private readonly replica: Database | null,
    private readonly name: string,
    private readonly log: ReplicaLog,
  ) {}

  /** Without a read URL: every stale read is the writer's. */
  static none(writer: Database): ReadReplica {
    return new ReadReplica(writer, null, '', { info: () => undefined, warn: () => undefined });
  }

  /** Connects to the replica at `url` (named `name` in the logs) and asks it once before answering. */
  static async open(writer: Database, url: string, name: string, log: ReplicaLog): Promise<ReadReplica> {
    const replica = knex({
      client: 'pg',
      connection: { connectionString: url, connectionTimeoutMillis: PROBE_TIMEOUT_MS, keepAlive: true },
      pool: { min: 0, max: REPLICA_CONNECTIONS },
      acquireConnectionTimeout: PROBE_TIMEOUT_MS,
    });
    const routing = new ReadReplica(writer, replica, name, log);
    await routing.probe();
    if (!routing.#healthy) log.warn({ replica: name }, 'the read replica does not answer: stale-tolerant reads go to the writer until it does');
    routing.#timer = setInterval(() => void routing.probe(), PROBE_MS);
    routing.#timer.unref();
    return routing;
  }

  /** Where a read that may be a few hundred milliseconds stale goes now: the replica when it answers, else the writer. */
  stale(): Database {
    return this.replica !== null && this.#healthy ? this.replica : this.writer;
  }

  /** Asks the replica whether it answers, and logs a change. */
  probe(): Promise<void> {
    const replica = this.replica;
    if (replica === null) return Promise.resolve();
    this.#probing ??= (async () => {
      let answers: boolean;
      try {
        await replica.raw('select 1').timeout(PROBE_TIMEOUT_MS, { cancel: false });
        answers = true;
      } catch {
        answers = false;
      }
      if (answers !== this.#healthy && (answers || this.#timer !== undefined)) {
        if (answers) this.log.info({ replica: this.name }, 'the read replica answers: stale-tolerant reads go to it');
        else this.log.warn({ replica: this.name }, 'the read replica stopped answering: stale-tolerant reads go to the writer');
      }
      this.#healthy = answers;
    })().finally(() => {
      this.#probing = undefined;
    });
    return this.#probing;
  }

  async close(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    await this.#probing;
    await this.replica?.destroy();
  }
}
