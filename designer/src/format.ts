// Small helpers: instants shown in China Standard Time, amounts of yuan, ids for idempotency keys.
import type { Lang } from '@onego/engine';

const ZONE = 'Asia/Shanghai';

export function formatInstant(iso: string | null | undefined, lang: Lang, seconds = false): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', { timeZone: ZONE, dateStyle: 'medium', timeStyle: seconds ? 'medium' : 'short' }).format(date);
}

/** A local date (China Standard Time) in the reader's language, e.g. 2027年1月5日 / 5 Jan 2027. */
export function formatDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', { timeZone: ZONE, dateStyle: 'medium' }).format(date);
}

/** An amount of yuan with two decimals and grouped digits: 1,280.50. */
export function formatAmount(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** A random UUID (v4): crypto.randomUUID where the page is a secure context, else from getRandomValues. */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The short form of an application or task id people can read out (the first 8 characters). */
export const shortId = (id: string) => id.slice(0, 8).toUpperCase();
