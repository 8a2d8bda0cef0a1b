// Ids the designer never types, made from the name as the runtime's catalogue makes matter ids
// (runtime/src/catalogue/generatedId.ts): 新生儿落户一件事 → xinshengerluohuyijianshi, in the definition
// format's identifier form (lower-case letters and digits, starting with a letter).
import { pinyin } from 'pinyin-pro';

/** Room left for a "-2" within the format's 100 characters, as the runtime keeps it. */
const MAX_LENGTH = 60;

/** An id from a name, in toneless pinyin; `prefix` when it would not start with a letter (or be empty). */
export function idFromName(name: string, prefix: string): string {
  const syllables = pinyin(name.normalize('NFKC'), { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const joined = syllables.join('').toLowerCase().replace(/[^a-z0-9]+/g, '');
  const id = /^[a-z]/.test(joined) ? joined : `${prefix}${joined}`;
  return id.slice(0, MAX_LENGTH);
}
