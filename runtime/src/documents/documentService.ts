// Documents as PDF: the receipt (受理回执) and completion notice (办结通知书) of an application, for its
// applicant or an officer of a department involved; the blank and sample forms (空白表格, 示例样表) of a
// published bundle, for anyone; and the public verification of a receipt or notice by the token its QR
// code carries, which names the application only in masked words (no personal data).
import { inLang, type Lang } from '@onego/engine';
import type { Principal } from '../auth/principal.ts';
import type { BundleCatalog } from '../bundles/bundleCatalog.ts';
import type { Database } from '../db/createDatabase.ts';
import { dataOf } from '../db/packedJson.ts';
import type { ApplicationRow, TaskRow } from '../db/rows.ts';
import { snapshotOf } from '../db/packedJson.ts';
import { DomainError } from '../domainError.ts';
import { CLOSED_STATUSES } from '../materials/materialUploads.ts';
import { completionNoticeDocument, receiptDocument, type ApplicationFacts } from './applicationDocuments.ts';
import type { CjkFontSource } from './cjkFont.ts';
import type { DocumentKey } from './documentKey.ts';
import { formDocument, type FormKind } from './formDocument.ts';
import { readDocumentToken, signDocumentToken, type DocumentKind } from './verificationToken.ts';

export interface DocumentDependencies {
  db: Database;
  catalog: BundleCatalog;
  font: CjkFontSource;
  key: DocumentKey;
}

export interface PdfFile {
  filename: string;
  content: Buffer;
}

/** 张* / 李** : a name with all but its first character hidden. */
function maskName(name: string | undefined): string {
  const characters = Array.from(name ?? '');
  if (characters.length === 0) return '—';
  return `${characters[0] ?? ''}${'*'.repeat(Math.max(characters.length - 1, 1))}`;
}

const applicantNameOf = (data: unknown): string | undefined => {
  const applicant = (data as { applicant?: { name?: unknown } } | undefined)?.applicant;
  return typeof applicant?.name === 'string' && applicant.name.trim() !== '' ? applicant.name.trim() : undefined;
};

export class DocumentService {
  constructor(private readonly deps: DocumentDependencies) {}

  /** The link a document's QR code carries: `<origin>/verify/<token>` (the web app's verification page). */
  private async verifyUrl(origin: string, kind: DocumentKind, applicationId: string): Promise<string> {
    return `${origin}/verify/${signDocumentToken(await this.deps.key.get(), kind, applicationId)}`;
  }

  private async facts(row: ApplicationRow): Promise<ApplicationFacts> {
    const { db, catalog } = this.deps;
    const compiled = await catalog.compiledVersion(row.bundle_id, row.bundle_version);
    const order = compiled.bundle.matters.map((m) => m.matter);
    const tasks = ((await db('tasks').where({ application_id: row.id })) as TaskRow[]).sort((a, b) => order.indexOf(a.matter_id) - order.indexOf(b.matter_id));
    const { context } = snapshotOf<{ context: { results?: ApplicationFacts['results'] } }>(row, compiled);
    const results = context.results ?? (row.results ? (JSON.parse(row.results) as ApplicationFacts['results']) : []);
    return { row, compiled, answers: JSON.parse(row.answers) as unknown, applicantName: applicantNameOf(dataOf(row, compiled)), tasks, results };
  }

  private static readable(principal: Principal, row: ApplicationRow): void {
    // As the archive: the applicant and the officers of its departments (readableApplication checked the rest).
    if (principal.role !== 'citizen' && principal.role !== 'officer') throw new DomainError('APPLICATION_NOT_FOUND', { id: row.id });
  }

  /** 受理回执: from the moment it is submitted. */
  async receipt(row: ApplicationRow, principal: Principal, origin: string): Promise<PdfFile> {
    DocumentService.readable(principal, row);
    const font = await this.deps.font.get();
    const content = await receiptDocument(font, await this.facts(row), await this.verifyUrl(origin, 'receipt', row.id));
    return { filename: `受理回执-${row.id}.pdf`, content };
  }

  /** 办结通知书: once completed (or not granted). */
  async completionNotice(row: ApplicationRow, principal: Principal, origin: string): Promise<PdfFile> {
    DocumentService.readable(principal, row);
    if (!CLOSED_STATUSES.includes(row.status)) throw new DomainError('DOCUMENT_NOT_READY', { status: row.status });
    const font = await this.deps.font.get();
    const content = await completionNoticeDocument(font, await this.facts(row), await this.verifyUrl(origin, 'completion-notice', row.id));
    return { filename: `办结通知书-${row.id}.pdf`, content };
  }

  /** 空白表格 / 示例样表 of the latest published version of a bundle. */
  async form(bundleId: string, kind: FormKind): Promise<PdfFile> {
    const { catalog } = this.deps;
    const version = await catalog.version(bundleId);
    if (!version) throw new DomainError('BUNDLE_NOT_FOUND', { id: bundleId });
    const font = await this.deps.font.get();
    const compiled = await catalog.compiledVersion(bundleId, version.version);
    const content = await formDocument(font, version, compiled, kind);
    return { filename: `${inLang(compiled.bundle.name, 'zh')}-${kind === 'blank' ? '空白表格' : '示例样表'}.pdf`, content };
  }

  /** What a verification token certifies, in words that reveal no personal data; DOCUMENT_NOT_GENUINE for anything not signed here. */
  async verify(token: string, lang: Lang) {
    const named = readDocumentToken(await this.deps.key.get(), token);
    const row = named ? ((await this.deps.db('applications').where({ id: named.applicationId }).first()) as ApplicationRow | undefined) : undefined;
    if (!named || !row || (named.kind === 'completion-notice' && !CLOSED_STATUSES.includes(row.status))) throw new DomainError('DOCUMENT_NOT_GENUINE', {});
    const facts = await this.facts(row);
    return {
      genuine: true as const,
      document: named.kind,
      applicationNumber: row.id,
      bundleName: inLang(facts.compiled.bundle.name, lang),
      applicant: maskName(facts.applicantName),
      submittedAt: row.created_at,
      status: row.status,
      endedAt: CLOSED_STATUSES.includes(row.status) ? row.updated_at : null,
      matters: facts.tasks.map((t) => {
        const matter = facts.compiled.matters.get(t.matter_id);
        return { name: inLang(matter?.name, lang), department: inLang(matter?.department.name, lang), status: t.status };
      }),
    };
  }
}
