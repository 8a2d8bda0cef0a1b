// A new bundle's id, made from its Chinese name as the runtime's catalogue makes matter ids: the designer
// never types it, and it is none of the ids other bundles have.
import { describe, expect, it } from 'vitest';
import { blankBundle, bundleIdFor, checkDraft } from '../src/designer/draftModel.ts';

describe('the id of a new bundle', () => {
  it('is the toneless pinyin of its Chinese name, in the definition format’s identifier form', () => {
    expect(bundleIdFor('新生儿落户一件事')).toBe('xinshengerluohuyijianshi');
    expect(bundleIdFor('开办 ICP 许可一件事')).toBe('kaibanicpxukeyijianshi');
    expect(bundleIdFor('2027年入学一件事')).toBe('b2027nianruxueyijianshi');
    expect(bundleIdFor('')).toBe('b');
    expect(bundleIdFor('很长的名称'.repeat(20)).length).toBe(60);
  });

  it('is none of the ids other bundles have', () => {
    expect(bundleIdFor('新生儿落户一件事', new Set(['xinshengerluohuyijianshi', 'xinshengerluohuyijianshi-2']))).toBe('xinshengerluohuyijianshi-3');
    expect(blankBundle(new Set(['xindeyijianshi'])).id).toBe('xindeyijianshi-2');
  });

  it('passes the definition check (a blank bundle has no problem with its id)', () => {
    const issues = checkDraft({ bundle: { ...blankBundle(), id: bundleIdFor('2027年入学一件事') }, matters: [] });
    expect(issues.filter((i) => i.path === '/id')).toEqual([]);
  });
});
