// 好差评 rules: the rating body and the departments a bad rating sends rectifications to.
import { describe, expect, it } from 'vitest';
import { isBad, parseRating, rectificationsFor, type RatingInput } from '../src/ratings/ratingRules.ts';

const included = new Set(['cert', 'vaccine', 'household']);
const departmentOf = new Map([
  ['cert', 'health'],
  ['vaccine', 'health'],
  ['household', 'police'],
]);
const departments = ['health', 'police', 'insurance'];
const rating = (overall: number, matters: [string, number][] = []): RatingInput => ({ overall: { score: overall }, matters: matters.map(([matterId, score]) => ({ matterId, score })) });

describe('parseRating', () => {
  it('accepts an overall score with optional matter scores and comments (trimmed; blank is none)', () => {
    expect(parseRating({ overall: { score: 3, comment: '  还行 ' }, matters: [{ matterId: 'cert', score: 1, comment: '   ' }] }, included)).toEqual({
      rating: { overall: { score: 3, comment: '还行' }, matters: [{ matterId: 'cert', score: 1 }] },
    });
    expect(parseRating({ overall: { score: 5 } }, included)).toEqual({ rating: { overall: { score: 5 }, matters: [] } });
  });

  it('reports every problem with its path, in zh and en', () => {
    const result = parseRating({ overall: { score: 2.5 }, matters: [{ matterId: 'tax', score: 3 }, { matterId: 'cert', score: '5', comment: 'x'.repeat(1001) }] }, included);
    expect('issues' in result && result.issues.map((i) => i.path)).toEqual(['/overall/score', '/matters/0/matterId', '/matters/1/score', '/matters/1/comment']);
    expect('issues' in result && result.issues[3]?.message).toEqual({ zh: '不能超过 1000 个字', en: 'must be at most 1000 characters' });
    expect('issues' in parseRating({ overall: 4 }, included)).toBe(true);
    expect('issues' in parseRating({ overall: { score: 4 }, matters: {} }, included)).toBe(true);
  });

  it('takes scores 1 to 5 only; 2 or less is bad', () => {
    for (const score of [0, 6, -1, null]) expect('issues' in parseRating({ overall: { score } }, included), String(score)).toBe(true);
    expect([1, 2, 3, 4, 5].map(isBad)).toEqual([true, true, false, false, false]);
  });
});

describe('rectificationsFor', () => {
  it('opens nothing for a good rating', () => {
    expect(rectificationsFor(rating(3, [['cert', 4]]), departments, departmentOf)).toEqual([]);
  });

  it('sends a bad matter score to that matter’s department only, one rectification for several of its matters', () => {
    expect(rectificationsFor(rating(4, [['cert', 1], ['vaccine', 2], ['household', 5]]), departments, departmentOf)).toEqual([
      { department: 'health', overall: null, matters: [{ matterId: 'cert', score: 1 }, { matterId: 'vaccine', score: 2 }] },
    ]);
  });

  it('sends a bad overall score to every department involved, joining the bad matter scores of each', () => {
    expect(rectificationsFor(rating(2, [['household', 1], ['cert', 5]]), departments, departmentOf)).toEqual([
      { department: 'health', overall: 2, matters: [] },
      { department: 'police', overall: 2, matters: [{ matterId: 'household', score: 1 }] },
      { department: 'insurance', overall: 2, matters: [] },
    ]);
  });
});
