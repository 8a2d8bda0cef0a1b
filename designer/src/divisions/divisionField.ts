// What a division-code field asks for: how many levels (x-division-level, or a township code's four) and
// the region a matter limits it to (a pattern starting with fixed digits, ^53 or ^3701).
export const LEVELS = ['province', 'city', 'district', 'street'] as const;
type Level = (typeof LEVELS)[number];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** How many levels the field asks for: 1 province … 4 street. */
export function depthOf(schema: Record<string, unknown>): number {
  const level = schema['x-division-level'];
  if (schema['format'] === 'cn-township-code') return 4;
  return typeof level === 'string' && LEVELS.includes(level as Level) ? LEVELS.indexOf(level as Level) + 1 : 3;
}

/** The region a matter limits the field to, from a pattern that starts with fixed digits (^53, ^3701). */
export function regionPrefix(schema: Record<string, unknown>): string {
  const patterns = [schema['pattern'], ...(Array.isArray(schema['allOf']) ? schema['allOf'].map((s: unknown) => (isRecord(s) ? s['pattern'] : undefined)) : [])];
  let prefix = '';
  for (const pattern of patterns) {
    const digits = typeof pattern === 'string' ? (/^\^([0-9]{2,6})/.exec(pattern)?.[1] ?? '') : '';
    if (digits.length > prefix.length) prefix = digits;
  }
  return prefix;
}

