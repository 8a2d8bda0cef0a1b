// A calendar file laid out as the shipped ones are (engine/data/calendars/): one holiday or make-up
// working day a line, so that a year's file reads like the notice and diffs line by line.
import type { Calendar } from '@onego/schemas/types';

/** A JSON value on one line, with a space after each colon and comma and inside braces. */
function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`).join(', ')} }`;
  }
  return JSON.stringify(value);
}

/** The calendar as file text: top-level keys one a line, arrays one element a line; ends with a newline. */
export function formatCalendarFile(calendar: Calendar): string {
  const lines = Object.entries(calendar)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]: [string, unknown]) => {
      const name = JSON.stringify(key);
      if (Array.isArray(value)) return value.length === 0 ? `  ${name}: []` : `  ${name}: [\n${value.map((v) => `    ${inline(v)}`).join(',\n')}\n  ]`;
      if (value !== null && typeof value === 'object') {
        return `  ${name}: {\n${Object.entries(value).map(([k, v]) => `    ${JSON.stringify(k)}: ${inline(v)}`).join(',\n')}\n  }`;
      }
      return `  ${name}: ${inline(value)}`;
    });
  return `{\n${lines.join(',\n')}\n}\n`;
}
