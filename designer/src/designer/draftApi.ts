// The runtime's bundle drafts as the designer uses them: list, open (with the ETag), save and publish
// under a precondition — If-Match with the ETag of the draft this page edits, If-None-Match: * when it
// edits none yet — so that a save never replaces unseen what another designer saved (412), and discard
// (If-Match with the tag the list gave, so that a colleague's newer save is never discarded unseen).
import { ApiError } from '../api/client.ts';
import type { BundleDraft, BundleDraftSummary, BundleSummary, DefinitionIssue, DraftSaved, WithdrawnBundle } from '../api/types.ts';
import type { Api } from '../api/useApi.ts';
import type { DesignDraft } from './draftModel.ts';

/** The server's draft this page edits, as it last read or saved it. */
export interface DraftBinding {
  id: string;
  etag: string;
  updatedBy: string;
  updatedAt: string;
}

export interface OpenedDraft extends DraftBinding {
  definition: BundleDraft['definition'];
}

/** A refused save or publication: the draft was saved since (by whom, when), or it is gone. */
export type Conflict = { kind: 'changed'; updatedBy: string; updatedAt: string } | { kind: 'gone' };

const draftUrl = (id: string) => `/api/bundles/${encodeURIComponent(id)}/draft`;

export async function listDrafts(api: Api): Promise<BundleDraftSummary[]> {
  return (await api.get<BundleDraftSummary[]>('/api/bundles/drafts')).body;
}

/** The ids bundles have already (published, withdrawn or drafts): a new bundle's generated id is none of them. */
export async function takenBundleIds(api: Api): Promise<ReadonlySet<string>> {
  const [published, withdrawn, drafts] = await Promise.all([
    api.get<BundleSummary[]>('/api/bundles'),
    api.get<WithdrawnBundle[]>('/api/bundles/withdrawn'),
    listDrafts(api),
  ]);
  return new Set([...published.body, ...withdrawn.body, ...drafts].map((b) => b.id));
}

export async function openDraft(api: Api, id: string): Promise<OpenedDraft> {
  const response = await api.get<BundleDraft>(draftUrl(id));
  return { id, etag: response.headers.get('etag') ?? '', ...response.body };
}

/** Saves the draft: over `binding` only (If-Match) when it is the same bundle id, else only as a new draft. */
export async function saveDraft(api: Api, draft: DesignDraft, binding: DraftBinding | undefined): Promise<{ binding: DraftBinding; issues: DefinitionIssue[] }> {
  const id = draft.bundle.id;
  const precondition: Record<string, string> = binding && binding.id === id ? { 'if-match': binding.etag } : { 'if-none-match': '*' };
  const response = await api.post<DraftSaved>('/api/bundles', draft, precondition);
  return { binding: { id, etag: response.headers.get('etag') ?? '', updatedBy: response.body.updatedBy, updatedAt: response.body.updatedAt }, issues: response.body.issues };
}

export async function publishDraft(api: Api, binding: DraftBinding): Promise<number> {
  return (await api.post<BundleSummary>(`/api/bundles/${encodeURIComponent(binding.id)}/publish`, {}, { 'if-match': binding.etag })).body.version;
}

/** Discards the draft only as listed (If-Match): saved again since, the server refuses with 412 DRAFT_CHANGED (see conflictOf). */
export async function discardDraft(api: Api, draft: Pick<BundleDraftSummary, 'id' | 'etag'>): Promise<void> {
  await api.delete(draftUrl(draft.id), { 'if-match': draft.etag });
}

/** The conflict a 412 names, if the error is one. */
export function conflictOf(error: unknown): Conflict | undefined {
  if (!(error instanceof ApiError) || error.status !== 412) return undefined;
  if (error.code === 'DRAFT_GONE') return { kind: 'gone' };
  const { updatedBy, updatedAt } = error.body;
  return { kind: 'changed', updatedBy: typeof updatedBy === 'string' ? updatedBy : '', updatedAt: typeof updatedAt === 'string' ? updatedAt : '' };
}

/** The problems of a 422 DEFINITION_INVALID, if the error is one. */
export function issuesOf(error: unknown): DefinitionIssue[] | undefined {
  if (!(error instanceof ApiError) || error.code !== 'DEFINITION_INVALID') return undefined;
  const issues = error.body['issues'];
  return Array.isArray(issues) ? (issues as DefinitionIssue[]) : [];
}
