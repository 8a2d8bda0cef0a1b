// Whether the holder of a resident ID number (GB 11643: the birth date is characters 7–14) is under 18 on a
// day (China Standard Time): a guardian (监护人) may apply for a minor without the minor's consent.
const CHINA_OFFSET_MS = 8 * 3600_000;

export function isMinorOn(idNumber: string, now: Date): boolean {
  const birth = idNumber.slice(6, 14);
  if (!/^\d{8}$/.test(birth)) return false;
  const today = new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10).replaceAll('-', '');
  const adultFrom = `${String(Number(birth.slice(0, 4)) + 18)}${birth.slice(4)}`;
  return today < adultFrom;
}
