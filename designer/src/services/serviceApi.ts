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

/**
 * Uploads one file (multipart, field `file`) and answers the JSON the runtime returns. XMLHttpRequest,
 * not fetch, so that `onProgress` hears how much of the file was sent (0 to 1).
 */
export function uploadFile<T>(url: string, file: File, lang: Lang, token: string | undefined, onProgress?: (sent: number) => void): Promise<T> {
  const form = new FormData();
  form.append('file', file, file.name);
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    for (const [name, value] of Object.entries(headersOf(lang, token))) xhr.setRequestHeader(name, value);
    if (onProgress) xhr.upload.onprogress = (event) => event.lengthComputable && event.total > 0 && onProgress(event.loaded / event.total);
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', ''));
    xhr.onabort = () => reject(new ApiError(0, 'NETWORK', ''));
    xhr.onload = () => {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(xhr.responseText) as Record<string, unknown>;
      } catch {
        // not JSON: the status says what happened
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(body as T);
      reject(new ApiError(xhr.status, typeof body['code'] === 'string' ? body['code'] : `HTTP_${xhr.status}`, typeof body['message'] === 'string' ? body['message'] : '', body));
    };
    xhr.send(form);
  });
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
