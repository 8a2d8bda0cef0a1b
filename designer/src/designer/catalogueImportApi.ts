// A catalogue import sent as the runtime takes it: the chosen files as multipart/form-data (field `file`),
// previewed (?dryRun=true: nothing written) or applied (matter drafts and departments, never published).
// A file with problems comes back as a preview listing them (the dry run) or as 422
// CATALOGUE_IMPORT_INVALID with the same problems (the import, which then writes nothing).
import type { Lang } from '@onego/engine';
import { ApiError } from '../api/client.ts';
import type { CatalogueImportPreview } from '../api/types.ts';

/** The region of the rows that name none (行政区划代码): its division code and name. */
export interface ImportRegion {
  code: string;
  name: string;
}

export async function importCatalogue(files: readonly File[], dryRun: boolean, region: ImportRegion | undefined, lang: Lang, token: string | undefined): Promise<CatalogueImportPreview> {
  const form = new FormData();
  for (const file of files) form.append('file', file, file.name);
  const query = new URLSearchParams();
  if (dryRun) query.set('dryRun', 'true');
  if (region) {
    query.set('region', region.code);
    query.set('regionName', region.name);
  }
  let response: Response;
  try {
    response = await fetch(`/api/catalogue/import${query.toString() ? `?${query.toString()}` : ''}`, {
      method: 'POST',
      headers: { accept: 'application/json', 'accept-language': lang === 'en' ? 'en' : 'zh-CN', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: form,
    });
  } catch {
    throw new ApiError(0, 'NETWORK', '');
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) throw new ApiError(response.status, typeof body['code'] === 'string' ? body['code'] : `HTTP_${response.status}`, typeof body['message'] === 'string' ? body['message'] : '', body);
  return body as unknown as CatalogueImportPreview;
}

/** The located problems a refused import names (422 CATALOGUE_IMPORT_INVALID), if it names any. */
export function importProblemsOf(error: unknown): CatalogueImportPreview['problems'] | undefined {
  if (!(error instanceof ApiError) || error.code !== 'CATALOGUE_IMPORT_INVALID' || !Array.isArray(error.body['problems'])) return undefined;
  return error.body['problems'] as CatalogueImportPreview['problems'];
}
