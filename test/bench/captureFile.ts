// Reading the capture file that captureTemplates.ts writes (JSON), for the processes that use it.
import { readFileSync } from 'node:fs';
import type { Capture } from './captureTemplates.ts';

/**
 * Reads a capture written by captureTemplates.ts. Binary values (the application's deflated snapshot and data,
 * migration 011) were written as JSON `{type: 'Buffer', data: [...]}`: they are bytes again.
 */
export function readCapture(file: string): Capture {
  return JSON.parse(readFileSync(file, 'utf8'), (_key, value: unknown) =>
    typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'Buffer' && Array.isArray((value as { data?: unknown }).data)
      ? Buffer.from((value as { data: number[] }).data)
      : value,
  ) as Capture;
}
