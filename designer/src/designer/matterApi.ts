// The runtime's matter catalogue (事项库) as the designer uses it: search, departments, published versions,
// and a matter's draft saved and published under a precondition — If-Match with the ETag of the draft the
// page edits, If-None-Match: * when it edits none yet — so that a save never replaces unseen what another
// designer saved (412). A new matter is sent without an id: the runtime makes one from its 事项编码 or name.
import type { Matter } from '@onego/schemas/types';
import { ApiError } from '../api/client.ts';
import type { Department, MatterDraft, MatterDraftSaved, MatterProblem, MatterSummary, MatterUse, MatterVersion, MatterVersions } from '../api/types.ts';
import type { Api } from '../api/useApi.ts';

export interface MatterSearch {
  q?: string;
  department?: string;
  region?: string;
}

const matterUrl = (id: string) => `/api/matters/${encodeURIComponent(id)}`;

export async function searchMatters(api: Api, search: MatterSearch): Promise<MatterSummary[]> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) if (typeof value === 'string' && value.trim() !== '') params.set(key, value.trim());
  params.set('limit', '200');
  return (await api.get<MatterSummary[]>(`/api/matters?${params.toString()}`)).body;
}

export async function listDepartments(api: Api): Promise<Department[]> {
  return (await api.get<Department[]>('/api/departments')).body;
}

/** The latest published version (or the one named). */
export async function publishedMatter(api: Api, id: string, version?: number): Promise<MatterVersion> {
  return (await api.get<MatterVersion>(`${matterUrl(id)}${version ? `?version=${version}` : ''}`)).body;
}

export async function matterVersions(api: Api, id: string): Promise<MatterVersions> {
  return (await api.get<MatterVersions>(`${matterUrl(id)}/versions`)).body;
}

/** The published bundle versions pinned to a version of the matter, and the bundle drafts that include it. */
export async function matterUse(api: Api, id: string): Promise<MatterUse> {
  return (await api.get<MatterUse>(`${matterUrl(id)}/used-by`)).body;
}

/** Discards the draft saved as `binding` (If-Match); a matter never published goes with it. */
export async function discardMatterDraft(api: Api, binding: MatterBinding): Promise<void> {
  await api.delete(`${matterUrl(binding.id)}/draft`, { 'if-match': binding.etag });
}

/** The draft this page edits, as it last read or saved it. */
export interface MatterBinding {
  id: string;
  etag: string;
  updatedBy: string;
  updatedAt: string;
}

export async function openMatterDraft(api: Api, id: string): Promise<MatterDraft & { etag: string }> {
  const response = await api.get<MatterDraft>(`${matterUrl(id)}/draft`);
  return { ...response.body, etag: response.headers.get('etag') ?? response.body.etag };
}

/** Saves over `binding` (If-Match), or as a first draft (If-None-Match: *); a matter without id gets one. */
export async function saveMatterDraft(api: Api, matter: Partial<Matter>, binding: MatterBinding | undefined): Promise<{ binding: MatterBinding; problems: MatterProblem[] }> {
  const precondition: Record<string, string> = binding ? { 'if-match': binding.etag } : { 'if-none-match': '*' };
  const response = await api.post<MatterDraftSaved>('/api/matters', matter, precondition);
  const saved = response.body;
  return { binding: { id: saved.id, etag: response.headers.get('etag') ?? saved.etag, updatedBy: saved.updatedBy, updatedAt: saved.updatedAt }, problems: saved.problems };
}

export async function publishMatterDraft(api: Api, binding: MatterBinding): Promise<MatterVersion> {
  return (await api.post<MatterVersion>(`${matterUrl(binding.id)}/publish`, {}, { 'if-match': binding.etag })).body;
}

/** The problems of a 422 MATTER_INVALID, if the error is one. */
export function problemsOf(error: unknown): MatterProblem[] | undefined {
  if (!(error instanceof ApiError) || error.code !== 'MATTER_INVALID') return undefined;
  const problems = error.body['problems'];
  return Array.isArray(problems) ? (problems as MatterProblem[]) : [];
}

/** A 412: the draft was saved since by someone (or is gone). */
export function matterConflictOf(error: unknown): { kind: 'changed' | 'gone' } | undefined {
  if (!(error instanceof ApiError) || error.status !== 412) return undefined;
  return { kind: error.code === 'MATTER_DRAFT_GONE' ? 'gone' : 'changed' };
}

/** The region names the departments give (a region is shown by its name, never by its code alone). */
export function regionNames(departments: readonly Department[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const d of departments) if (!names.has(d.region) || (d.regionName && names.get(d.region) === d.region)) names.set(d.region, d.regionName ?? d.region);
  return names;
}
