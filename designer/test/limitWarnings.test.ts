// The warning before publishing a bundle whose time limit for a matter is longer than the matter's own
// promise (compared in working days; natural days count 5 in 7).
import type { Matter } from '@onego/schemas/types';
import { describe, expect, it } from 'vitest';
import { blankBundle, type DesignDraft } from '../src/designer/draftModel.ts';
import { limitWarnings } from '../src/designer/limitWarnings.ts';

const matter = (id: string, days: number, kind: 'working' | 'natural' = 'working') =>
  ({ id, name: { zh: id }, timeLimits: { legal: { days: 20, kind: 'working' }, committed: { days, kind } } }) as unknown as Matter;

function draft(entries: DesignDraft['bundle']['matters'], matters: Matter[]): DesignDraft {
  return { bundle: { ...blankBundle(), matters: entries }, matters };
}

describe('limitWarnings', () => {
  it('warns of a limit in the bundle longer than the matter promises, not of a shorter or equal one', () => {
    const warnings = limitWarnings(
      draft(
        [
          { matter: 'a', committedTimeLimit: { days: 6, kind: 'working' } },
          { matter: 'b', committedTimeLimit: { days: 5, kind: 'working' } },
          { matter: 'c', committedTimeLimit: { days: 1, kind: 'working' } },
          { matter: 'd' },
        ],
        [matter('a', 5), matter('b', 5), matter('c', 3), matter('d', 1)],
      ),
    );
    expect(warnings.map((w) => [w.matter.id, w.inBundle.days, w.own.days])).toEqual([['a', 6, 5]]);
  });

  it('compares natural days as working days (7 natural days are 5 working days)', () => {
    expect(limitWarnings(draft([{ matter: 'a', committedTimeLimit: { days: 5, kind: 'working' } }], [matter('a', 7, 'natural')]))).toEqual([]);
    expect(limitWarnings(draft([{ matter: 'a', committedTimeLimit: { days: 6, kind: 'working' } }], [matter('a', 7, 'natural')]))).toHaveLength(1);
  });
});
