// Calls the JSON client does not make: multipart uploads, PUT/DELETE, and downloads of protected files
// (the bearer token goes in a header, so a plain link cannot fetch them).
import { ApiError } from '../api/client.ts';
import type { Lang } from '@onego/engine';

const headersOf = (lang: Lang, token: string | undefined): Record<string, string> => ({
  accept: 'application/json',
  'accept-language': lang === 'en' ? 'en' : 'zh-CN',
  ...(token ? { authorization: `Bearer ${token}` } : {}),
});

async function failure(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  return new ApiError(response.status, typeof body['code'] === 'string' ? body['code'] : `HTTP_${response.status}`, typeof body['message'] === 'string' ? body['message'] : '', body);
}

export async function uploadFile<T>(url: string, file: File, lang: Lang, token: string | undefined): Promise<T> {
  const form = new FormData();
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', headers: headersOf(lang, token), body: form });
  } catch {
    throw new ApiError(0, 'NETWORK', '');
  }
  if (!response.ok) throw await failure(response);
  return (await response.json()) as T;
}

export async function download(url: string, filename: string, lang: Lang, token: string | undefined): Promise<void> {
  const response = await fetch(url, { headers: headersOf(lang, token) });
  if (!response.ok) throw await failure(response);
  const href = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = href;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/** A JSON request with any method (PUT, DELETE), as the JSON client sends it. */
export async function sendJson<T>(method: string, url: string, body: unknown, lang: Lang, token: string | undefined): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: { ...headersOf(lang, token), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', '');
  }
  if (!response.ok) throw await failure(response);
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}
