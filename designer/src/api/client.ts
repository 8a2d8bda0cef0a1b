// HTTP calls to the OneGo runtime: JSON in and out, the bearer token, and Accept-Language so that the
// runtime's error messages come in the reader's language. Failures are ApiErrors with the runtime's
// stable code; a network failure is code NETWORK (the page words it).
import type { Lang } from '@onego/engine';
import type { FieldError } from './types.ts';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly body: Record<string, unknown>;

  constructor(status: number, code: string, message: string, body: Record<string, unknown> = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.body = body;
  }

  /** The field errors of a 422 VALIDATION_FAILED. */
  get fieldErrors(): FieldError[] {
    const errors = this.body['errors'];
    if (!Array.isArray(errors)) return [];
    return errors.filter((e): e is FieldError => typeof e === 'object' && e !== null && typeof (e as FieldError).path === 'string' && typeof (e as FieldError).message === 'string');
  }
}

export interface ApiResponse<T> {
  status: number;
  body: T;
  headers: Headers;
}

export interface RequestOptions {
  lang: Lang;
  token?: string | undefined;
  body?: unknown;
  headers?: Record<string, string>;
}

export async function request<T>(method: string, url: string, options: RequestOptions): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': options.lang === 'en' ? 'en' : 'zh-CN', ...options.headers };
  if (options.token) headers['authorization'] = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(url, { method, headers, ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}) });
  } catch {
    throw new ApiError(0, 'NETWORK', '');
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
    const code = typeof fields['code'] === 'string' ? fields['code'] : `HTTP_${response.status}`;
    throw new ApiError(response.status, code, typeof fields['message'] === 'string' ? fields['message'] : '', fields);
  }
  return { status: response.status, body: body as T, headers: response.headers };
}
