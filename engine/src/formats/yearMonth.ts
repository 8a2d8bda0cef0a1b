// A month of a year (2025-03), as in "first contribution month": four digits of year, two of month.
export function isYearMonth(value: string): boolean {
  return /^[0-9]{4}-(0[1-9]|1[0-2])$/.test(value);
}
