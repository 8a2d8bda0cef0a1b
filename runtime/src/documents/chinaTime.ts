// An instant as people in China read it: 2026年3月2日 09:00 (China Standard Time, UTC+8, no daylight saving).
const OFFSET_MS = 8 * 3600_000;
const two = (n: number) => String(n).padStart(2, '0');

export function chinaTime(iso: string): string {
  const t = new Date(Date.parse(iso) + OFFSET_MS);
  return `${t.getUTCFullYear()}年${t.getUTCMonth() + 1}月${t.getUTCDate()}日 ${two(t.getUTCHours())}:${two(t.getUTCMinutes())}`;
}
