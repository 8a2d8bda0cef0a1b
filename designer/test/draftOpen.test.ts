// A saved draft opened in the designer (openable): a complete definition as it was saved; one saved over
// the API without some part of a bundle gets that part from a blank bundle, so the editor can show it and
// the check lists what is still wrong.
import { readFileSync } from 'node:fs';
import type { Matter } from '@onego/schemas/types';
import { describe, expect, it } from 'vitest';
import { blankBundle, checkDraft, openable, type DesignDraft } from '../src/designer/draftModel.ts';

const json = (file: string) => JSON.parse(readFileSync(new URL(`../../examples/${file}`, import.meta.url), 'utf8')) as unknown;

describe('opening a saved draft', () => {
  it('keeps a complete definition as saved', () => {
    const draft: DesignDraft = { bundle: json('newborn/bundle.json') as DesignDraft['bundle'], matters: [json('newborn/matters/birth-medical-certificate.json') as Matter] };
    expect(openable(structuredClone(draft))).toEqual(draft);
  });

  it('fills what a partial draft lacks from a blank bundle, and leaves out what is no object', () => {
    const opened = openable({ bundle: { id: 'partial-bundle', name: { zh: '半成品' }, matters: [{ matter: 'a' }, 'b'], timeLimits: {} }, matters: [{ id: 'a' }, 3] });
    const blank = blankBundle();
    expect(opened.bundle).toEqual({ ...blank, id: 'partial-bundle', name: { zh: '半成品' }, matters: [{ matter: 'a' }], timeLimits: blank.timeLimits });
    expect(opened.matters).toEqual([{ id: 'a' }]);
    expect(checkDraft(opened).length).toBeGreaterThan(0); // the matter "a" is still incomplete
  });

  it('opens anything as a blank bundle rather than failing', () => {
    expect(openable(null)).toEqual({ bundle: blankBundle(), matters: [] });
    expect(openable({ bundle: { id: 7, questions: [] }, matters: {} })).toEqual({ bundle: blankBundle(), matters: [] });
  });
});
