// Administrative division code (行政区划代码), GB/T 2260: two digits of province, two of prefecture,
// two of county. The province codes are a closed list; the rest is checked for shape. A township
// (乡镇/街道) code adds three digits to its county's code (GB/T 10114, as the statistics office lists them).

const PROVINCE_CODES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82',
]);

export function isKnownProvinceCode(code: string): boolean {
  return PROVINCE_CODES.has(code);
}

export type DivisionCodeProblem = 'shape' | 'province';

export function divisionCodeProblem(value: string): DivisionCodeProblem | null {
  if (!/^[0-9]{6}$/.test(value)) return 'shape';
  if (!isKnownProvinceCode(value.slice(0, 2))) return 'province';
  // A county code cannot sit under prefecture 00 except for the province itself (xx0000).
  if (value.slice(2, 4) === '00' && value.slice(4, 6) !== '00') return 'shape';
  return null;
}

export type TownshipCodeProblem = DivisionCodeProblem | 'township';

/** Why a value is not a 9-digit township code (a county's division code and three digits), or null. */
export function townshipCodeProblem(value: string): TownshipCodeProblem | null {
  if (!/^[0-9]{9}$/.test(value)) return 'shape';
  const county = divisionCodeProblem(value.slice(0, 6));
  if (county) return county;
  if (value.slice(4, 6) === '00' || value.slice(6) === '000') return 'township';
  return null;
}
