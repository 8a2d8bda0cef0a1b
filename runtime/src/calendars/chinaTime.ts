// An instant as people in China read it in a message: "YYYY-MM-DD HH:mm", China Standard Time.

export const chinaTime = (iso: string): string => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
