// Identifiers staff never type: made from what they do type — a name (in pinyin, 二手房转移登记 →
// ershoufang-zhuanyi-dengji) or an official code (事项编码 → sx-<code>) — in the definition format's
// identifier form (lower-case letters, digits, '-' and '.', starting with a letter, at most 100).
import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';

const MAX_LENGTH = 100;
/** Room left for a region or a "-2" so that the whole stays within MAX_LENGTH. */
const BASE_LENGTH = 60;

/** Lower-case ASCII words of a text: Chinese in pinyin (toneless), other letters and digits as they are. */
function words(text: string): string[] {
  const normalized = text.normalize('NFKC');
  const syllables = pinyin(normalized, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  return syllables
    .join(' ')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Cut to `length`, keeping it unique by a short hash of the whole when it had to be cut. */
function cut(id: string, length: number): string {
  if (id.length <= length) return id;
  const hash = createHash('sha256').update(id).digest('hex').slice(0, 6);
  return `${id.slice(0, length - 7).replace(/-+$/, '')}-${hash}`;
}

/** The form every generated id takes: starts with a letter, '-' between words, never empty. */
function identifier(parts: string[], prefix: string): string {
  const joined = parts.join('-').replace(/-+/g, '-').replace(/^-|-$/g, '');
  const id = /^[a-z]/.test(joined) ? joined : `${prefix}-${joined}`.replace(/-$/, '');
  return cut(id, BASE_LENGTH);
}

/** An id from a name: 公安局 → gonganju, 二手房转移登记 → ershoufangzhuanyidengji; `prefix` when it would not start with a letter. */
export function idFromName(name: string, prefix = 'x'): string {
  return identifier([words(name).join('')], prefix);
}

/** An id from an official code: 11370000MB28XXXXX → sx-11370000mb28xxxxx. */
export function idFromCode(code: string): string {
  return identifier(['sx', ...code.normalize('NFKC').toLowerCase().split(/[^a-z0-9]+/)], 'sx');
}

/** `base`, or base-2, base-3 … : the first that `taken` says is free. */
export async function firstFree(base: string, taken: (id: string) => Promise<boolean>): Promise<string> {
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${cut(base, MAX_LENGTH - String(n).length - 1)}-${n}`;
    if (!(await taken(id))) return id;
  }
}

/** The same for ids known at once (a matter's materials). */
export function firstFreeIn(base: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    if (!taken.has(id)) return id;
  }
}
