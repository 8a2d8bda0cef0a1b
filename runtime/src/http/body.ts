// Small request-body checks shared by routes (the schemas are checked by the engine; these are shapes).
import { AppError } from './appError.ts';

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function objectBody(body: unknown): Record<string, unknown> {
  if (!isRecord(body)) throw new AppError(400, 'BAD_REQUEST', { detail: 'JSON object expected' });
  return body;
}

/** Characters an id or other short string of a request body may have (bundle ids, subjects, decisions). */
const MAX_ID_LENGTH = 200;
/** Characters a free-text field (an officer's comment, a reason) may have. */
export const MAX_TEXT_LENGTH = 2000;

/** 400 TEXT_TOO_LONG when `value` is longer than `max` characters (code points). */
export function checkLength(value: string, name: string, max: number): string {
  if (value.length > max && [...value].length > max) throw new AppError(400, 'TEXT_TOO_LONG', { field: name, max }, { field: name, maxLength: max });
  return value;
}

export function stringField(body: Record<string, unknown>, name: string, max = MAX_ID_LENGTH): string {
  const value = body[name];
  if (typeof value !== 'string' || value.length === 0) throw new AppError(400, 'BAD_REQUEST', { detail: `"${name}" must be a non-empty string` });
  return checkLength(value, name, max);
}

export function objectField(body: Record<string, unknown>, name: string, fallback?: Record<string, unknown>): Record<string, unknown> {
  const value = body[name] ?? fallback;
  if (!isRecord(value)) throw new AppError(400, 'BAD_REQUEST', { detail: `"${name}" must be an object` });
  return value;
}

/** A query parameter that must be a whole number from 1 to max (fallback when absent). */
export function positiveInt(value: unknown, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new AppError(400, 'BAD_REQUEST', { detail: `expected a whole number from 1 to ${max}` });
  return n;
}
