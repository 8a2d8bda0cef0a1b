// An uploaded file's name as OneGo keeps and shows it: no folders; line breaks and tabs become spaces;
// no other control or invisible formatting characters (e.g. the right-to-left override that makes
// "gnp.exe" look like "exe.png"), none of the characters Windows refuses; at most MAX_FILE_NAME
// characters with the extension kept. Chinese and other letters stay as they are.

export const MAX_FILE_NAME = 100;

const FORBIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}<>:"|?*\\/]/gu;

export function sanitizeFileName(raw: string | undefined, fallback: string): string {
  const base = (raw ?? '').normalize('NFC').split(/[/\\]/).pop() ?? '';
  let name = base
    .replace(/[\t\n\v\f\r\u0085\u2028\u2029]/gu, ' ')
    .replace(FORBIDDEN, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/gu, '');
  if (name === '') name = fallback;
  const chars = [...name];
  if (chars.length <= MAX_FILE_NAME) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? [...name.slice(dot)] : [];
  if (extension.length > 0 && extension.length <= 16) {
    return [...chars.slice(0, MAX_FILE_NAME - extension.length), ...extension].join('').trim();
  }
  return chars.slice(0, MAX_FILE_NAME).join('').trim();
}
