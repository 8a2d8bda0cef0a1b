// A time of day as hours and minutes on the 24-hour clock (14:35), as a citizen writes a birth time or
// an appointment: two digits each, 00:00 to 23:59.
export function isHourMinute(value: string): boolean {
  return /^([01][0-9]|2[0-3]):[0-5][0-9]$/.test(value);
}
