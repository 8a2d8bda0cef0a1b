// 办件: a citizen submits once (idempotently), lists and follows their own applications. On submission the
// server asks the data-sharing connector itself (秒报): shared values fill what the applicant left out,
// the 秒批 rules see the shared data, and every value keeps its provenance. The submission is a command
// (`{ kind: 'submit', … }`) carried out by the command runner; what it writes besides the application —
// the commitments signed with it, the draft it came from — is `submitCommand` below.
import { inLang, recordedProvenance, sharedDataOf, withPrefill, type CompiledBundle, type Lang } from '@onego/engine';
import type { Principal } from '../auth/principal.ts';
import type { BundleCatalog } from '../bundles/bundleCatalog.ts';
import type { SubmitCommand, SubmitHandler } from '../commands/applicationCommand.ts';
import { requestHash, type CommandRunner } from '../commands/commandRunner.ts';
import type { Database } from '../db/createDatabase.ts';
import type { ApplicationRow, TaskRow } from '../db/rows.ts';
import { DomainError } from '../domainError.ts';
import { refuseWithdrawn } from '../bundles/bundleWithdrawals.ts';
import { moveDraftUploads } from '../materials/draftUploads.ts';
import type { BlobStore } from '../materials/blobStore.ts';
import type { AppendedEventRow } from '../db/eventLog.ts';
import type { SignatureMethod } from '../signatures/signatureImage.ts';
import { storeSignature } from '../signatures/signatureService.ts';
import type { SharedDataService } from '../sharedData/sharedDataService.ts';
import { storedSharedData } from '../sharedData/storedSharedData.ts';
import { applicationSummary, applicationView, createdView, submittedMatter, type ReminderContext } from './applicationViews.ts';
import type { Clock } from '../clock.ts';
import { includedData, invalidData, refuseUnknownData } from './formData.ts';
import { viewableApplication } from './readableApplication.ts';
import type { OnBehalfOf } from '../applicants/namedParties.ts';
import { recordParties, submissionParties } from '../applicants/partyService.ts';

export interface ApplicationDependencies {
  db: Database;
  /** Connections for what only reads (the listing, one application, a submission's retry check). */
  reads: Database;
  catalog: BundleCatalog;
  commands: Pick<CommandRunner, 'submit'>;
  sharedData: SharedDataService;
  clock: Clock;
  /** The working-day calendars: the applicant's view says when each matter may be reminded of (催办). */
  calendars: ReminderContext['calendars'];
  /** Where the signatures of commitments are kept. */
  blobs: BlobStore;
}

/** What the applicant submits (一表申请). */
export interface Submission {
  bundleId: string;
  answers?: Record<string, unknown>;
  data?: Record<string, unknown>;
  /** 告知承诺: material ids replaced by signing the commitment text their matter publishes. */
  commitments?: string[];
  /** The signature (签名) of the commitments: a PNG, base64; drawn, or the typed name drawn by the portal. */
  signature?: { image: string; method: SignatureMethod };
  /** The saved draft (保存草稿) the submission comes from. */
  draftId?: string;
  /** 代办: the person the applicant applies for. */
  onBehalfOf?: OnBehalfOf;
}

export class ApplicationService {
  constructor(private readonly deps: ApplicationDependencies) {}

  /**
   * Submits an application, once per idempotency key: `created` is false for a retry with the same key
   * and body (the stored application). `signal` ends the connector's answer early (the client went).
   */
  async submit(principal: Principal, idempotencyKey: string, submission: Submission, lang: Lang, signal?: AbortSignal) {
    const { catalog, reads, commands } = this.deps;
    const { bundleId } = submission;
    const answers = submission.answers ?? {};
    const data = submission.data ?? {};
    const published = await catalog.version(bundleId);
    if (!published) throw new DomainError('BUNDLE_NOT_FOUND', { id: bundleId });
    // A retry of a submission already made is answered from the stored row (or 409): nothing to look up.
    const retried = (await reads('applications').where({ applicant: principal.subject, idempotency_key: idempotencyKey }).first('id')) !== undefined;
    // Off the portal (下线): no new application; a retry of one made before is still answered.
    if (!retried) await refuseWithdrawn(reads, bundleId, inLang(published.definition.bundle.name, lang));
    const compiled = catalog.compile(published);
    // An enterprise bundle is applied for by an enterprise user (法人), for their enterprise.
    const enterprise = compiled.bundle.applicant === 'enterprise' ? principal.enterprise : undefined;
    if (compiled.bundle.applicant === 'enterprise' && !enterprise) throw new DomainError('ENTERPRISE_SIGN_IN_REQUIRED', { name: compiled.bundle.name });
    // Co-applicants and the person a proxy applies for: each required one confirmed exactly this content.
    const parties = retried
      ? undefined
      : await submissionParties(reads, {
          compiled,
          answers,
          data,
          ...(submission.onBehalfOf ? { onBehalfOf: submission.onBehalfOf } : {}),
          ...(submission.draftId ? { draftId: submission.draftId } : {}),
          applicant: principal,
          now: this.deps.clock.now(),
          lang,
        });
    // 告知承诺 at submission: a signed commitment instead of a material that an included matter allows it for.
    const included = compiled.included(answers).map((entry) => compiled.matters.get(entry.matter));
    const commitments = [...new Set(submission.commitments ?? [])].map((materialId) => {
      const text = included.flatMap((m) => m?.materials ?? []).find((m) => m.id === materialId && m.commitment)?.commitment;
      if (!text) throw new DomainError('COMMITMENT_NOT_ALLOWED', { id: materialId });
      return { materialId, text: JSON.stringify(text) };
    });
    // The signature goes with the commitments (and only with them); stored before the command names it.
    if (submission.signature && commitments.length === 0) throw new DomainError('SIGNATURE_INVALID');
    const signature = submission.signature && !retried ? await storeSignature(this.deps.blobs, submission.signature) : undefined;
    const command: SubmitCommand = {
      kind: 'submit',
      bundleId,
      bundleVersion: published.version,
      applicant: principal.subject,
      answers,
      data,
      idempotencyKey,
      requestHash: requestHash({
        bundleId,
        answers,
        data,
        ...(commitments.length > 0 ? { commitments: commitments.map((c) => c.materialId) } : {}),
        ...(submission.onBehalfOf ? { onBehalfOf: submission.onBehalfOf } : {}),
      }),
      commitments,
      ...(signature ? { signature } : {}),
      ...(submission.draftId !== undefined ? { draftId: submission.draftId } : {}),
      ...(enterprise ? { enterprise: { creditCode: enterprise.creditCode, name: enterprise.name } } : {}),
      ...(parties ? { parties, ...(principal.idNumber ? { applicantIdNumber: principal.idNumber } : {}) } : {}),
    };
    // For another person (代办), shared data is not looked up: the applicant's own records are not theirs.
    const applicantFor = submission.onBehalfOf ? { subject: principal.subject, role: principal.role } : principal;
    const { row, created, tasks } = await commands.submit(retried ? command : { ...command, ...(await this.withSharedData(applicantFor, compiled, answers, data, lang, signal)), keyUnused: true });
    // A new application's tasks are what the command wrote; a retry's are read.
    const order = (created ? compiled : await catalog.compiledVersion(row.bundle_id, row.bundle_version)).bundle.matters.map((entry) => entry.matter);
    const written = created ? [...tasks.values()] : ((await reads('tasks').where({ application_id: row.id })) as TaskRow[]);
    const matters = written.sort((a, b) => order.indexOf(a.matter_id) - order.indexOf(b.matter_id)).map(submittedMatter);
    return { created, application: createdView(row, matters) };
  }

  /**
   * The data to submit, validated, with what shared data adds: the server asks the connector itself (never
   * the client), prefilled values fill what the applicant left out, the 秒批 rules get the shared data, and
   * the outcome and the values' provenance are kept with the application.
   */
  private async withSharedData(principal: Principal, compiled: CompiledBundle, answers: Record<string, unknown>, data: Record<string, unknown>, lang: Lang, signal?: AbortSignal) {
    const outcome = await this.deps.sharedData.resolve(principal, compiled, answers, signal);
    const prefill = compiled.prefill(answers, outcome.resolution);
    // Unknown to the bundle: refused, located. Of a matter these answers exclude: dropped, never stored.
    refuseUnknownData(compiled, data, lang);
    const submitted = withPrefill(includedData(compiled, answers, data), prefill);
    const validation = compiled.validate(answers, submitted, lang);
    if (!validation.valid) throw invalidData(validation.errors);
    const shared = sharedDataOf(outcome.resolution, compiled.dictionary);
    return {
      data: submitted,
      ...(Object.keys(shared).length > 0 ? { sharedData: shared } : {}),
      sharedDataRecord: storedSharedData(outcome),
      provenance: recordedProvenance(submitted, prefill),
    };
  }

  /**
   * 我的办件: one page of the caller's applications, newest first, and how many there are: those they
   * submitted, those naming them (a co-applicant, the person applied for: by ID number), and an enterprise
   * user's enterprise's.
   */
  async list(principal: Principal, page: number, pageSize: number, lang: Lang) {
    const { reads, catalog } = this.deps;
    const mine = reads('applications').where((q) => {
      void q.where({ applicant: principal.subject });
      if (principal.idNumber) void q.orWhereIn('id', reads('application_parties').where({ id_number: principal.idNumber }).select('application_id'));
      if (principal.enterprise) void q.orWhere({ enterprise: principal.enterprise.creditCode });
    });
    const total = (await mine.clone().count({ n: '*' }).first()) as { n: number | string } | undefined;
    const rows = await mine
      .orderBy([{ column: 'created_at', order: 'desc' }, { column: 'id', order: 'desc' }])
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .select<ApplicationRow[]>('id', 'bundle_id', 'bundle_version', 'status', 'created_at', 'updated_at');
    const names = new Map<string, string>();
    for (const row of rows) {
      const key = `${row.bundle_id}@${row.bundle_version}`;
      if (!names.has(key)) names.set(key, inLang((await catalog.compiledVersion(row.bundle_id, row.bundle_version)).bundle.name, lang));
    }
    return { total: Number(total?.n ?? 0), applications: rows.map((r) => applicationSummary(r, names.get(`${r.bundle_id}@${r.bundle_version}`) ?? '')) };
  }

  /** 办件详情: the application, if the principal may read it, as they may see it (the applicant: with when each matter may be reminded of). */
  async get(id: string, principal: Principal, lang: Lang) {
    const { reads, catalog, calendars, clock } = this.deps;
    const reminders = principal.role === 'citizen' ? { calendars, now: clock.now().toISOString() } : undefined;
    return applicationView(reads, catalog, await viewableApplication(reads, id, principal), lang, principal, reminders);
  }
}

/** What a submission writes with its application: the commitments signed, and the draft it came from gone, its files the application's. */
export const submitCommand: SubmitHandler = {
  async write(trx, command, { row, compiled }) {
    const commitments = command.commitments ?? [];
    const signature = command.signature;
    if (commitments.length > 0) {
      await trx('commitments').insert(
        commitments.map((c) => ({
          application_id: row.id,
          material_id: c.materialId,
          text: c.text,
          signed_by: command.applicant,
          signed_at: row.created_at,
          ...(signature ? { signature_sha256: signature.sha256, signature_method: signature.method, signature_size: signature.size } : {}),
        })),
      );
      // The signature's hash in the timeline: what was signed, how, and which image.
      if (signature) {
        const event: AppendedEventRow = {
          application_id: row.id,
          type: 'COMMITMENT_SIGNED',
          matter_id: null,
          actor: command.applicant,
          at: row.created_at,
          payload: JSON.stringify({ materials: commitments.map((c) => c.materialId), sha256: signature.sha256, method: signature.method }),
        };
        await trx('events').insert(event);
      }
    }
    // A draft submitted is a draft no more (save and resume); the files uploaded to it are the application's now.
    if (command.draftId) {
      const included = compiled.included(command.answers).map((entry) => entry.matter);
      await moveDraftUploads(trx, { draftId: command.draftId, applicant: command.applicant, applicationId: row.id, matters: compiled.matters, included, now: row.created_at });
      await trx('application_drafts').where({ id: command.draftId, applicant: command.applicant }).delete();
    }
    if (command.parties) {
      await recordParties(trx, command.parties, { id: row.id, applicant: command.applicant, createdAt: row.created_at, ...(command.applicantIdNumber ? { applicantIdNumber: command.applicantIdNumber } : {}) });
    }
  },
};
