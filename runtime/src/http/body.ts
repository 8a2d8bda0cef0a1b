// Small request-body checks shared by routes (the schemas are checked by the engine; these are shapes).
import { AppError } from './appError.ts';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function objectBody(body: unknown): Record<string, unknown> {
  if (!isRecord(body)) throw new AppError(400, 'BAD_REQUEST', { detail: 'JSON object expected' });
  return body;
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
