// Formats of form values that are not Chinese codes: a time of day, a month, an amount of yuan. Each has
// a widget in the web app and a plain-language hint and message (see i18n/formatGuides.ts).
import type { Ajv } from 'ajv';
import { isAmount } from './amount.ts';
import { isHourMinute } from './hourMinute.ts';
import { isYearMonth } from './yearMonth.ts';

export type FormFormat = { type: 'string'; valid: (value: string) => boolean } | { type: 'number'; valid: (value: number) => boolean };

export const FORM_FORMATS: Record<string, FormFormat> = {
  'hour-minute': { type: 'string', valid: isHourMinute },
  'year-month': { type: 'string', valid: isYearMonth },
  amount: { type: 'number', valid: isAmount },
};

export function addFormFormats(ajv: Ajv): void {
  for (const [name, format] of Object.entries(FORM_FORMATS)) {
    if (format.type === 'string') ajv.addFormat(name, { type: 'string', validate: format.valid });
    else ajv.addFormat(name, { type: 'number', validate: format.valid });
  }
}
