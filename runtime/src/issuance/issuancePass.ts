// Sends the issuance requests (table issuance_requests, written by the command that put an application in
// `issuing`) to the issuing system and records its answers. A due row is claimed first — on PostgreSQL
// with SELECT … FOR UPDATE SKIP LOCKED, so that the passes of several processes never send one row at
// the same time — by moving its next attempt past the request's timeout (a lease: a process killed while
// asking lets another send it again once the lease ends). The request goes out with the row's
// idempotency key, outside any transaction; the answer's e-licences are stored in the blob store, and
// the issue command records the numbers and marks the row issued in one transaction. A crash between the
// provider's answer and that write sends the same key again: the provider answers the same numbers, and
// the application is issued once. A provider that is down leaves the row pending, retried with backoff
// (10 s doubling, at most an hour, with jitter); the application waits in `issuing` (正在出证) meanwhile.
import { Readable } from 'node:stream';
import type { IssuedResult } from '@onego/engine';
import type { Logger } from 'pino';
import type { BundleCatalog } from '../bundles/bundleCatalog.ts';
import type { Clock } from '../clock.ts';
import type { CommandRunner } from '../commands/commandRunner.ts';
import type { Database } from '../db/createDatabase.ts';
import { isPostgres } from '../db/openDatabase.ts';
import type { ApplicationRow } from '../db/rows.ts';
import { isEventRefused } from '../domainError.ts';
import type { BlobStore } from '../materials/blobStore.ts';
import { attemptDueRows } from '../timers/dueOutboxRows.ts';
import { IDLE_PASS_MAX_MS, PeriodicPass } from '../timers/periodicPass.ts';
import { retryDelayMs } from '../webhooks/webhookDeliverer.ts';
import type { IssueCommand, LicenceRow } from './issueCommand.ts';
import { issuanceRequest } from './issuanceRequest.ts';
import { IssuingError, type IssuedByProvider, type IssuingConnector } from './issuingConnector.ts';

interface RequestRow {
  application_id: string;
  idempotency_key: string;
  attempts: number;
  next_attempt_at: string;
}

export interface IssuancePassOptions {
  intervalMs: number;
  /** A claimed request is sent again by another pass after this long (at least the connector's timeout). */
  leaseMs: number;
}


export class IssuancePass {
  private readonly runner: PeriodicPass;
  private stopped = false;
  private readonly shutdown = new AbortController();

  constructor(
    private readonly deps: { db: Database; catalog: BundleCatalog; commands: CommandRunner<IssueCommand>; clock: Clock; log: Logger; blobs: BlobStore; connector: IssuingConnector | undefined },
    private readonly options: IssuancePassOptions,
  ) {
    this.runner = new PeriodicPass('issuance', () => this.issueDue(), deps.log, options.intervalMs, IDLE_PASS_MAX_MS);
  }

  start(): void {
    this.stopped = false;
    this.runner.start();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.shutdown.abort();
    await this.runner.stop();
  }

  /** Sends every request due now; returns how many applications were issued. */
  runDue(): Promise<number> {
    return this.runner.runDue();
  }

  /** Sends one application's request now if it is due (right after the command that wrote it). */
  async issueNow(applicationId: string): Promise<boolean> {
    if (!this.deps.connector || this.stopped) return false;
    const row = (await this.deps.db('issuance_requests').where({ application_id: applicationId, status: 'pending' }).first()) as RequestRow | undefined;
    return row !== undefined && row.next_attempt_at <= this.deps.clock.now().toISOString() ? this.attempt(row) : false;
  }

  private issueDue(): Promise<number> {
    if (!this.deps.connector) return Promise.resolve(0);
    return attemptDueRows<RequestRow>(this.deps.db, 'issuance_requests', (row) => row.application_id, {
      now: () => this.deps.clock.now().toISOString(),
      stopped: () => this.stopped,
      attempt: (row) => this.attempt(row),
    });
  }

  /** Claims the row: its next attempt moves past the lease, unless another pass has it or sent it meanwhile. */
  private async claim(row: RequestRow): Promise<RequestRow | undefined> {
    const { db, clock } = this.deps;
    const now = clock.now();
    const leased = { next_attempt_at: new Date(now.getTime() + this.options.leaseMs).toISOString(), attempts: row.attempts + 1, updated_at: now.toISOString() };
    return db.transaction(async (trx) => {
      const query = trx('issuance_requests').where({ application_id: row.application_id, status: 'pending' }).andWhere('next_attempt_at', '<=', now.toISOString());
      if (isPostgres(trx)) void query.forUpdate().skipLocked();
      const current = (await query.first()) as RequestRow | undefined;
      if (!current) return undefined;
      await trx('issuance_requests').where({ application_id: row.application_id }).update(leased);
      return { ...current, attempts: leased.attempts };
    });
  }

  /** One attempt: claim, ask, store the e-licences, record. True when the application was issued now. */
  private async attempt(due: RequestRow): Promise<boolean> {
    const { db, catalog, commands, clock, log, connector } = this.deps;
    if (!connector) return false;
    const row = await this.claim(due);
    if (!row) return false;
    const application = (await db('applications').where({ id: row.application_id }).first()) as ApplicationRow | undefined;
    if (!application) return false;
    let answers: IssuedByProvider[];
    const kinds = new Map<string, string>();
    try {
      const compiled = await catalog.compiledVersion(application.bundle_id, application.bundle_version, db);
      const request = issuanceRequest(application, compiled, row.idempotency_key);
      for (const result of request.results) kinds.set(result.matterId, result.kind);
      answers = await connector.issue(request, this.shutdown.signal);
    } catch (error) {
      if (this.shutdown.signal.aborted) {
        // Stopping: this attempt does not count; the next process sends it again at once.
        await db('issuance_requests').where({ application_id: row.application_id, status: 'pending' }).update({ next_attempt_at: clock.now().toISOString(), attempts: due.attempts });
        return false;
      }
      const reason = error instanceof IssuingError ? `${error.reason}: ${error.message}` : error instanceof Error ? error.message : String(error);
      log.warn({ application: row.application_id, attempts: row.attempts, reason }, 'issuance failed; will retry');
      await db('issuance_requests')
        .where({ application_id: row.application_id, status: 'pending' })
        .update({ last_error: reason.slice(0, 500), next_attempt_at: new Date(clock.now().getTime() + retryDelayMs(row.attempts)).toISOString(), updated_at: clock.now().toISOString() });
      return false;
    }
    const results: IssuedResult[] = answers.map((answer) => ({
      matterId: answer.matterId,
      certificate: { type: kinds.get(answer.matterId) ?? 'certificate', number: answer.number, issuedAt: answer.issuedAt, ...(answer.issuer ? { issuer: answer.issuer } : {}) },
    }));
    const licences: LicenceRow[] = [];
    for (const answer of answers) {
      if (!answer.licence) continue;
      const temp = await this.deps.blobs.writeTemp(Readable.from([answer.licence.content]));
      await this.deps.blobs.commit(temp);
      licences.push({ application_id: row.application_id, matter_id: answer.matterId, sha256: temp.sha256, size: temp.size, media_type: answer.licence.mediaType, file_name: answer.licence.fileName });
    }
    try {
      await commands.run({ kind: 'issue', applicationId: row.application_id, by: 'system', results, licences });
      log.info({ application: row.application_id, results: results.length }, 'results issued');
      return true;
    } catch (error) {
      if (!isEventRefused(error)) throw error;
      // Issued meanwhile (another process recorded the same answer first): nothing more to do.
      await db('issuance_requests').where({ application_id: row.application_id }).update({ status: 'issued', updated_at: clock.now().toISOString() });
      return false;
    }
  }
}
