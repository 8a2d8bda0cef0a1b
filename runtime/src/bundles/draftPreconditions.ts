// Optimistic concurrency of bundle drafts (RFC 9110): each save gives the draft a strong entity tag, and
// a save, publication or discard may name the draft it expects (If-Match) or expect none (If-None-Match),
// so that two designers never overwrite each other unseen.
import { createHash } from 'node:crypto';
import { DomainError } from '../domainError.ts';
import type { BundleDraftRow } from './draftStore.ts';
import { chinaTime } from '../calendars/chinaTime.ts';

/** What a request expects of the draft: the If-Match and If-None-Match header values ('' or absent when not sent). */
export interface DraftPreconditions {
  ifMatch?: string;
  ifNoneMatch?: string;
}

/** The draft's entity tag: a strong tag of what is stored (definition, who, when), so any save changes it. */
export function etagOf(row: BundleDraftRow): string {
  const hash = createHash('sha256').update(`${row.updated_at}\n${row.updated_by}\n${row.definition}`).digest('base64url');
  return `"${hash}"`;
}

/** The entity tags of an If-Match / If-None-Match header ("*" included as is; W/ dropped: drafts have strong tags only). */
const tagsOf = (header: string): string[] =>
  header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .filter(Boolean);

/** An instant as China Standard Time, "YYYY-MM-DD HH:mm", for messages. */
/** DRAFT_CHANGED naming who saved the draft as it is now, and when. */
export const draftChanged = (row: BundleDraftRow): DomainError =>
  new DomainError('DRAFT_CHANGED', { updatedBy: row.updated_by, at: chinaTime(row.updated_at) }, { updatedBy: row.updated_by, updatedAt: row.updated_at });

/**
 * Checks the preconditions on the draft as it is: If-Match holds when the draft exists and has one of the
 * tags (or the tag is *); If-None-Match holds when it does not exist, or (a list of tags) has none of them.
 * A precondition that fails is DRAFT_GONE or DRAFT_CHANGED, and nothing is to be written.
 */
export function checkPreconditions(conditions: DraftPreconditions, id: string, row: BundleDraftRow | undefined): void {
  if (conditions.ifMatch) {
    if (!row) throw new DomainError('DRAFT_GONE', { id });
    const tags = tagsOf(conditions.ifMatch);
    if (!tags.includes('*') && !tags.includes(etagOf(row))) throw draftChanged(row);
  }
  if (conditions.ifNoneMatch && row) {
    const tags = tagsOf(conditions.ifNoneMatch);
    if (tags.includes('*') || tags.includes(etagOf(row))) throw draftChanged(row);
  }
}
