// Resident ID number (公民身份号码), GB 11643-1999: 6-digit division code, 8-digit birth date,
// 3-digit sequence and an ISO 7064 MOD 11-2 check character.
import { isValidCalendarDate } from './calendarDate.ts';
import { isKnownProvinceCode } from './divisionCode.ts';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export type ResidentIdProblem = 'shape' | 'division' | 'birthDate' | 'checksum';

/** The check character for the first 17 digits of a resident ID number. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? '';
}

/** Why a value is not a valid resident ID number, or null when it is one. */
export function residentIdProblem(value: string): ResidentIdProblem | null {
  if (!/^[0-9]{17}[0-9X]$/.test(value)) return 'shape';
  if (!isKnownProvinceCode(value.slice(0, 2))) return 'division';
  const birth = value.slice(6, 14);
  if (!isValidCalendarDate(Number(birth.slice(0, 4)), Number(birth.slice(4, 6)), Number(birth.slice(6, 8)))) {
    return 'birthDate';
  }
  if (Number(birth.slice(0, 4)) < 1850) return 'birthDate';
  if (residentIdCheckChar(value.slice(0, 17)) !== value[17]) return 'checksum';
  return null;
}
