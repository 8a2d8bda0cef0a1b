// Commands are data: what to do to an application (`{ kind: 'decide', applicationId, taskId, … }`), never
// code. The command runner (commandRunner.ts) carries each one out with the handler of its kind, which the
// resource that owns the rule provides (tasks/decisionService.ts, applications/supplementService.ts,
// timers/timerCommand.ts …): the handler decides, from the application as it is now, the events to send
// and what else to write; the runner applies the events, plans the transition and writes it all in one
// transaction. A handler keeps no state between its two steps: what its write needs, its decision returns.
import type { ApplicationSnapshot, CompiledBundle, IssuedResult, ValueProvenance } from '@onego/engine';
import type { Knex } from 'knex';
import type { CommandEvent } from '../db/eventLog.ts';
import type { ApplicationRow } from '../db/rows.ts';
import type { StoredSharedData } from '../sharedData/storedSharedData.ts';
import type { SubmissionParties } from '../applicants/partyService.ts';

/** A command on an existing application. */
export interface ApplicationCommand {
  readonly kind: string;
  readonly applicationId: string;
  /** Who sends it: a subject, or 'scheduler' / 'system'. */
  readonly by: string;
}

/** The application as a command finds it. */
interface CommandState {
  snapshot: ApplicationSnapshot;
  compiled: CompiledBundle;
  row: ApplicationRow;
  /** The command's instant. */
  now: string;
  /** For what the handler reads: the read connections before the write transaction, or the transaction itself. */
  reads: Knex;
}

/** What a handler decided: the events to send (in order), their extra timeline details (by index), and its own writes. */
export interface CommandDecision<W = undefined> {
  events: readonly CommandEvent[];
  details?: readonly (Record<string, unknown> | undefined)[];
  /** Given to the handler's `write` in the command's transaction, after the transition. */
  writes?: W;
  /** 统一发证: ISSUE with these results is sent after the events (the issue command: issuance/issueCommand.ts). */
  issue?: readonly IssuedResult[];
}

/** Carries out the commands of one kind. */
export interface CommandHandler<C extends ApplicationCommand, W = unknown> {
  /**
   * The events to send, from the application's current state, or a DomainError (any other error is the
   * command's failure too). Runs again when the command is retried after a concurrent change.
   */
  decide(command: C, state: CommandState): CommandDecision<W> | Promise<CommandDecision<W>>;
  /** Writes what `decide` returned in `writes`, in the command's transaction (the application row may change: it is read back). */
  write?(trx: Knex.Transaction, writes: W, row: ApplicationRow): Promise<void>;
}

/** A submission: the application to create, with every included matter's task, in one transaction. */
export interface SubmitCommand {
  readonly kind: 'submit';
  readonly bundleId: string;
  readonly bundleVersion: number;
  readonly applicant: string;
  readonly answers: Record<string, unknown>;
  readonly data: Record<string, unknown>;
  /** What the data-sharing platform provides, shaped like data: the SUBMIT event carries it for the 秒批 rules. */
  readonly sharedData?: Record<string, unknown>;
  /** The connector's outcome, kept with the application. */
  readonly sharedDataRecord?: StoredSharedData;
  /** Provenance of the shared and overridden values (any other value was entered). */
  readonly provenance?: Record<string, ValueProvenance>;
  readonly idempotencyKey: string;
  readonly requestHash: string;
  /**
   * The caller has just looked for a submission with this key and found none: not looked for again
   * before the write (a concurrent one is still caught by the unique index).
   */
  readonly keyUnused?: boolean;
  /** 告知承诺 signed with the submission: the material and the text signed (JSON {zh, en}). */
  readonly commitments?: readonly { readonly materialId: string; readonly text: string }[];
  /** The signature (签名) the commitments were signed with: its PNG, already in the blob store. */
  readonly signature?: { readonly sha256: string; readonly size: number; readonly method: 'drawn' | 'typed' };
  /** The saved draft the submission comes from (it goes, its uploads become the application's). */
  readonly draftId?: string;
  /** The enterprise (法人) an enterprise bundle's application belongs to. */
  readonly enterprise?: { readonly creditCode: string; readonly name: string };
  /** The people the submission names besides the applicant (co-applicants, the person applied for), recorded with it. */
  readonly parties?: SubmissionParties;
  /** The applicant's own ID number (of their sign-in): a co-applicant with it is the applicant. */
  readonly applicantIdNumber?: string;
}

/** What a submission writes besides the application, its tasks and its timeline, once its row is inserted. */
export interface SubmitHandler {
  write(trx: Knex.Transaction, command: SubmitCommand, created: { row: ApplicationRow; compiled: CompiledBundle }): Promise<void>;
}

/** The handlers of a runner: the submission's, and one per kind of command on an application. */
export type CommandHandlers<C extends ApplicationCommand> = { readonly submit: SubmitHandler } & { readonly [K in C['kind']]: CommandHandler<Extract<C, { kind: K }>> };
