// What of a client's input may appear in a message or a header: at most a short excerpt, with control,
// format (bidi) and markup characters escaped, so that a 900 KB id or a string of markup is never echoed.

/** Characters kept of a value placed in a message. */
const EXCERPT_LENGTH = 120;

const UNSAFE = /[\p{Cc}\p{Cf}\u2028\u2029<>]/gu;

const escapeChar = (c: string) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;

/** `value` cut to `max` characters (code points; "…" marks the cut) with unsafe characters escaped as \uXXXX. */
export function excerpt(value: string | number, max = EXCERPT_LENGTH): string {
  const text = String(value);
  const chars = [...text.slice(0, max * 2)];
  const cut = chars.length > max || text.length > max * 2;
  return `${chars.slice(0, max).join('').replace(UNSAFE, escapeChar)}${cut ? '…' : ''}`;
}

/** The strings of `details` (nested objects and lists too) cut to excerpts of `max` characters. */
export function boundedDetails(value: unknown, max = 4 * EXCERPT_LENGTH, depth = 0): unknown {
  if (typeof value === 'string') return value.length > max ? excerpt(value, max) : value;
  if (depth > 8 || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => boundedDetails(item, max, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, boundedDetails(item, max, depth + 1)]));
}
