// Whether a field's format is one OneGo knows, for the field's type (amount is a number; the others are
// strings), and whether divisionLevel sits on a division code: a definition check, with what is wrong.
import type { DivisionLevel } from '@onego/schemas/types';
import { CHINESE_FORMATS } from '../formats/chineseFormats.ts';
import { FORM_FORMATS } from '../formats/formFormats.ts';

const OTHER_FORMATS = new Set(['date', 'time', 'date-time', 'email', 'uri']);

/** The type a format applies to, or undefined for an unknown format. */
function formatType(format: string): 'string' | 'number' | undefined {
  if (format in CHINESE_FORMATS || OTHER_FORMATS.has(format)) return 'string';
  return FORM_FORMATS[format]?.type;
}

export function formatProblem(field: { type: string; format?: string; divisionLevel?: DivisionLevel }): string | null {
  if (field.divisionLevel !== undefined && field.format !== 'cn-division-code') return 'divisionLevel applies to a field of format "cn-division-code" only';
  if (field.format === undefined) return null;
  const type = formatType(field.format);
  if (type === undefined) return `unknown format "${field.format}"`;
  const fits = type === 'number' ? field.type === 'number' || field.type === 'integer' : field.type === 'string';
  return fits ? null : `format "${field.format}" applies to a ${type === 'number' ? 'number' : 'string'} field, not to a ${field.type}`;
}
