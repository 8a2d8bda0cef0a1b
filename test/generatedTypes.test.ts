import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { generateDefinitionTypes } from '../scripts/definition-types.ts';

describe('generated definition types', () => {
  it('are current with schemas/ (run `npm run gen` when this fails)', async () => {
    const checkedIn = await readFile('schemas/generated/definitions.ts', 'utf8');
    expect(checkedIn).toBe(await generateDefinitionTypes());
  });
});
