import { describe, expect, it } from 'vitest';
import type { Bundle, Matter } from '@onego/schemas/types';
import { compileBundle, criticalPath } from '../src/index.ts';
import { loadExample } from './support/loadExample.ts';

describe('metrics of the newborn bundle (河南, 001:352)', () => {
  const { compiled, definitions } = loadExample('newborn');

  it('reproduce the published before (32 / 9 / 16) and reach at most 6 days, 1 material, 3 steps', () => {
    const metrics = compiled.metrics();
    expect(metrics.workingDays).toEqual({ before: 32, after: 6 });
    expect(metrics.materials).toEqual({ before: 9, after: 1 });
    expect(metrics.steps).toEqual({ before: 16, after: 3 });
    expect(metrics.visits.after).toBeLessThan(metrics.visits.before);
    expect(metrics.fields.after).toBeLessThan(metrics.fields.before);
    expect(Object.keys(metrics)).toEqual(['materials', 'steps', 'workingDays', 'visits', 'fields']);
  });

  it('are computed, not typed in: changing a matter changes the figures', () => {
    const matters = new Map([...definitions.matters].map(([id, m]) => [id, structuredClone(m.definition)]));
    const card = matters.get('social-security-card') as Matter;
    card.timeLimits.committed.days += 5;
    card.steps.push({ id: 'collect', name: { zh: '领卡', en: 'Collect' }, timeLimit: { days: 1, kind: 'working' } });
    const bundle = structuredClone(definitions.bundles[0]?.definition) as Bundle;
    const changed = compileBundle({ bundle, matters, dictionary: definitions.dictionary }).metrics();
    expect(changed.workingDays.before).toBe(37);
    expect(changed.steps.before).toBe(17);
    const slower = bundle.matters.find((m) => m.matter === 'social-security-card');
    if (slower) slower.committedTimeLimit = { days: 6, kind: 'working' };
    expect(compileBundle({ bundle, matters, dictionary: definitions.dictionary }).metrics().workingDays.after).toBe(8);
  });

  it('follow the answers: excluded matters count neither before nor after', () => {
    const twins = loadExample('newborn').sample('valid-twins').answers;
    const metrics = compiled.metrics(twins);
    expect(compiled.included(twins)).toHaveLength(4);
    expect(metrics.workingDays.before).toBe(32 - 15 - 3);
    expect(metrics.workingDays.after).toBe(4);
  });
});

describe('metrics of the other examples', () => {
  it('business start-up: the licence gate then four in parallel within one working day (004:1000)', () => {
    expect(loadExample('business-startup').compiled.metrics().workingDays.after).toBe(1);
  });

  it('school enrolment: no material left to submit (004:879)', () => {
    expect(loadExample('school-enrolment').compiled.metrics().materials.after).toBe(0);
  });
});

describe('critical path', () => {
  it('is the longest chain through the dependencies', () => {
    const path = criticalPath([
      { id: 'a', days: 1, after: [] },
      { id: 'b', days: 1, after: ['a'] },
      { id: 'c', days: 4, after: ['b'] },
      { id: 'd', days: 2, after: ['b'] },
      { id: 'e', days: 5, after: [] },
    ]);
    expect(path).toEqual({ days: 6, path: ['a', 'b', 'c'] });
  });

  it('ignores dependencies outside the included matters', () => {
    expect(criticalPath([{ id: 'b', days: 3, after: ['a'] }]).days).toBe(3);
  });
});
