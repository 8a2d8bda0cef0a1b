// Who applies besides the applicant (issue #18): co-applicants (共同申请人) confirm a draft before it is
// submitted, and the person a proxy (代办) applies for consents to it, each signed in with the ID number
// the draft names them by; a submission waits until every required one has confirmed what is submitted;
// the submission records them with the application (application_parties), and they see it afterwards.
import { inLang, type CompiledBundle, type Lang } from '@onego/engine';
import type { Knex } from 'knex';
import type { Principal } from '../auth/principal.ts';
import type { BundleCatalog } from '../bundles/bundleCatalog.ts';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/createDatabase.ts';
import type { DraftRow } from '../db/rows.ts';
import { DomainError } from '../domainError.ts';
import { citizenDraft } from '../drafts/citizenDraft.ts';
import { contentHash } from './contentHash.ts';
import { confirmedFor, draftPartiesOf, roleOf, type DraftPartyRow } from './draftParties.ts';
import { namedParties, roleView, type NamedParty, type OnBehalfOf } from './namedParties.ts';
import { checkRepresentedIdNumber } from './representedIdNumber.ts';
import { isMinorOn } from './residentAge.ts';

/** An ID number as others see it: the region and the last four characters. */
const maskedIdNumber = (idNumber: string): string => `${idNumber.slice(0, 4)}${'*'.repeat(Math.max(0, idNumber.length - 8))}${idNumber.slice(-4)}`;


/** Where a named person stands on a draft: the applicant themself, waiting, confirmed, or confirmed before the content changed. */
function statusOf(row: DraftPartyRow, hash: string, applicantIdNumber: string | undefined) {
  if (row.id_number === applicantIdNumber) return 'applicant' as const;
  if (confirmedFor(row, hash)) return 'confirmed' as const;
  return row.confirmed_at ? ('changed' as const) : ('pending' as const);
}

const draftHash = (draft: DraftRow) => contentHash(JSON.parse(draft.answers) as Record<string, unknown>, JSON.parse(draft.data) as Record<string, unknown>);

export class PartyService {
  constructor(private readonly deps: { db: Database; catalog: BundleCatalog; clock: Clock }) {}

  private async bundleName(bundleId: string, lang: Lang): Promise<string> {
    const published = await this.deps.catalog.version(bundleId);
    return published ? inLang(published.definition.bundle.name, lang) : bundleId;
  }

  /** The applicant's view of who their draft names and who has confirmed it. */
  async ofDraft(draftId: string, principal: Principal) {
    const { db, clock } = this.deps;
    const draft = await citizenDraft(db, draftId, principal, clock.now().toISOString());
    const hash = draftHash(draft);
    return (await draftPartiesOf(db, draft.id)).map((row) => ({
      party: row.party,
      ...roleView(roleOf(row)),
      name: row.name,
      idNumber: maskedIdNumber(row.id_number),
      required: Boolean(row.required),
      status: statusOf(row, hash, principal.idNumber),
      ...(row.confirmed_at ? { confirmedAt: row.confirmed_at } : {}),
    }));
  }

  /** The unexpired drafts of others that name the caller (by the ID number they signed in with), newest first. */
  async namingMe(principal: Principal, lang: Lang) {
    const { db, clock } = this.deps;
    if (!principal.idNumber) return [];
    type NamingRow = DraftPartyRow & Pick<DraftRow, 'bundle_id' | 'answers' | 'data' | 'updated_at'>;
    const rows = await db('draft_parties')
      .join('application_drafts', 'application_drafts.id', 'draft_parties.draft_id')
      .where('draft_parties.id_number', principal.idNumber)
      .andWhere('application_drafts.expires_at', '>', clock.now().toISOString())
      .andWhereNot('application_drafts.applicant', principal.subject)
      .orderBy([{ column: 'application_drafts.updated_at', order: 'desc' }, { column: 'draft_parties.id' }])
      .select<NamingRow[]>('draft_parties.*', 'application_drafts.bundle_id', 'application_drafts.answers', 'application_drafts.data', 'application_drafts.updated_at');
    const views = [];
    for (const row of rows) {
      views.push({
        draftId: row.draft_id,
        bundleId: row.bundle_id,
        bundleName: await this.bundleName(row.bundle_id, lang),
        party: row.party,
        ...roleView(roleOf(row)),
        name: row.name,
        status: statusOf(row, contentHash(JSON.parse(row.answers) as Record<string, unknown>, JSON.parse(row.data) as Record<string, unknown>), undefined),
        savedAt: row.updated_at,
        ...(row.confirmed_at ? { confirmedAt: row.confirmed_at } : {}),
      });
    }
    return views;
  }

  /** The draft and the caller's rows of it, if it names the caller: by ID number, and by name when the sign-in gives one. */
  private async namedIn(draftId: string, principal: Principal): Promise<{ draft: DraftRow; rows: DraftPartyRow[] }> {
    const { db, clock } = this.deps;
    const draft = (await db('application_drafts').where({ id: draftId }).andWhere('expires_at', '>', clock.now().toISOString()).first()) as DraftRow | undefined;
    if (!draft) throw new DomainError('DRAFT_NOT_FOUND', { id: draftId });
    const rows = principal.idNumber ? (await draftPartiesOf(db, draft.id)).filter((r) => r.id_number === principal.idNumber) : [];
    const named = draft.applicant !== principal.subject && rows.length > 0 && rows.every((r) => !principal.name || !r.name || r.name === principal.name);
    if (!named) throw new DomainError('COAPPLICANT_NOT_NAMED');
    return { draft, rows };
  }

  /** What a named person reads before confirming: the bundle, the answers and the data, and their part. */
  async coApplication(draftId: string, principal: Principal, lang: Lang) {
    const { draft, rows } = await this.namedIn(draftId, principal);
    const hash = draftHash(draft);
    return {
      draftId: draft.id,
      bundleId: draft.bundle_id,
      bundleName: await this.bundleName(draft.bundle_id, lang),
      answers: JSON.parse(draft.answers) as Record<string, unknown>,
      data: JSON.parse(draft.data) as Record<string, unknown>,
      savedAt: draft.updated_at,
      parts: rows.map((row) => ({ party: row.party, ...roleView(roleOf(row)), name: row.name, status: statusOf(row, hash, undefined), ...(row.confirmed_at ? { confirmedAt: row.confirmed_at } : {}) })),
    };
  }

  /** The named person confirms (a co-applicant) or consents (the person a proxy applies for) to the draft as it is now. */
  async confirm(draftId: string, principal: Principal) {
    const { db, clock } = this.deps;
    const { draft, rows } = await this.namedIn(draftId, principal);
    const hash = draftHash(draft);
    const open = rows.filter((r) => !confirmedFor(r, hash));
    if (open.length === 0) throw new DomainError('COAPPLICANT_ALREADY_CONFIRMED');
    const confirmedAt = clock.now().toISOString();
    await db.transaction(async (trx) => {
      // The content confirmed is the content as read now: a save in between changes the version.
      if ((await trx('application_drafts').where({ id: draft.id, version: draft.version }).first('id')) === undefined) throw new DomainError('DRAFT_CONFLICT');
      await trx('draft_parties')
        .whereIn('id', open.map((r) => r.id))
        .update({ subject: principal.subject, content_hash: hash, confirmed_at: confirmedAt });
    });
    return { draftId: draft.id, confirmedAt };
  }
}

/** What a submission must satisfy and then records: the people it names, each confirmed where required. */
export interface SubmissionParties {
  named: NamedParty[];
  /** Confirmations of the draft the submission comes from, by party:idNumber. */
  confirmations: Map<string, DraftPartyRow>;
}

/**
 * The people a submission names, or a refusal: an ID number of the person applied for that is no resident ID
 * number (PROXY_ID_NUMBER_INVALID: a wrong check character …), a proxy for themself (PROXY_FOR_ONESELF), a guardian for
 * an adult (PROXY_NOT_A_MINOR), a required co-applicant or the represented person who has not confirmed
 * exactly this content in the draft (COAPPLICANT_CONFIRMATION_PENDING, PROXY_CONSENT_PENDING).
 */
export async function submissionParties(
  reads: Knex,
  input: { compiled: CompiledBundle; answers: Record<string, unknown>; data: Record<string, unknown>; onBehalfOf?: OnBehalfOf; draftId?: string; applicant: Principal; now: Date; lang: Lang },
): Promise<SubmissionParties> {
  const { onBehalfOf, applicant } = input;
  checkRepresentedIdNumber(onBehalfOf);
  if (onBehalfOf && onBehalfOf.idNumber.toUpperCase() === applicant.idNumber) throw new DomainError('PROXY_FOR_ONESELF');
  if (onBehalfOf?.basis === 'guardian' && !isMinorOn(onBehalfOf.idNumber, input.now)) throw new DomainError('PROXY_NOT_A_MINOR', { name: onBehalfOf.name });
  const named = namedParties(input.compiled, input.answers, input.data, onBehalfOf);
  const rows = input.draftId
    ? await reads('draft_parties')
        .join('application_drafts', 'application_drafts.id', 'draft_parties.draft_id')
        .where({ draft_id: input.draftId, 'application_drafts.applicant': applicant.subject })
        .select<DraftPartyRow[]>('draft_parties.*')
    : [];
  const confirmations = new Map(rows.map((r) => [`${r.party}:${r.id_number}`, r]));
  const hash = contentHash(input.answers, input.data);
  const waiting = named.filter((p) => {
    if (!p.required || p.idNumber === applicant.idNumber) return false;
    const row = confirmations.get(`${p.party}:${p.idNumber}`);
    return !row || !confirmedFor(row, hash);
  });
  const represented = waiting.find((p) => p.party === 'represented');
  if (represented) throw new DomainError('PROXY_CONSENT_PENDING', { name: represented.name });
  if (waiting.length > 0) {
    const pending = waiting.map((p) => `${'basis' in p.role ? '' : inLang(p.role, input.lang)} ${p.name}`.trim());
    throw new DomainError('COAPPLICANT_CONFIRMATION_PENDING', { pending: pending.join(input.lang === 'en' ? ', ' : '、') }, { pending: waiting.map((p) => ({ party: p.party, ...roleView(p.role), name: p.name })) });
  }
  return { named, confirmations };
}

/**
 * Records the people a submission named with its application (in the submission's transaction), and in
 * its timeline each confirmation at the time it was given and, for a proxy, who applied for whom.
 */
export async function recordParties(trx: Knex, parties: SubmissionParties, application: { id: string; applicant: string; createdAt: string; applicantIdNumber?: string }): Promise<void> {
  for (const person of parties.named) {
    if (person.idNumber === application.applicantIdNumber) continue;
    const row = parties.confirmations.get(`${person.party}:${person.idNumber}`);
    const confirmed = row?.confirmed_at && row.subject ? { subject: row.subject, at: row.confirmed_at } : undefined;
    await trx('application_parties').insert({
      application_id: application.id,
      party: person.party,
      role: JSON.stringify(person.role),
      id_number: person.idNumber,
      name: person.name,
      subject: confirmed?.subject ?? null,
      confirmed_at: confirmed?.at ?? null,
    });
    const payload = { party: person.party, ...roleView(person.role), name: person.name };
    if (confirmed) {
      await trx('events').insert({ application_id: application.id, type: person.party === 'represented' ? 'PROXY_CONSENTED' : 'COAPPLICANT_CONFIRMED', matter_id: null, actor: confirmed.subject, at: confirmed.at, payload: JSON.stringify(payload) });
    }
    if (person.party === 'represented') {
      await trx('events').insert({ application_id: application.id, type: 'APPLIED_ON_BEHALF', matter_id: null, actor: application.applicant, at: application.createdAt, payload: JSON.stringify(payload) });
    }
  }
}
