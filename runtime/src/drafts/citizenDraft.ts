// A citizen's application draft (保存草稿) is theirs alone: another's, or an expired one, does not exist.
import type { Principal } from '../auth/principal.ts';
import type { Database } from '../db/createDatabase.ts';
import type { DraftRow } from '../db/rows.ts';
import { DomainError } from '../domainError.ts';

/** The draft `id` of this citizen, unexpired at `now`, or DRAFT_NOT_FOUND. */
export async function citizenDraft(db: Database, id: string, principal: Principal, now: string): Promise<DraftRow> {
  const draft = (await db('application_drafts').where({ id, applicant: principal.subject }).andWhere('expires_at', '>', now).first()) as DraftRow | undefined;
  if (!draft) throw new DomainError('DRAFT_NOT_FOUND', { id });
  return draft;
}
