import { describe, expect, it } from 'vitest';
import { conflictOf, narrow, type ValueSpec } from '../src/form/valueSpec.ts';
import { dependencyCycles } from '../src/definition/dependencyCycles.ts';

const text: ValueSpec = { type: 'string', patterns: [], maxLength: 50 };

describe('narrowing a data element by matters’ constraints', () => {
  it('keeps the tighter bound of each constraint', () => {
    const merged = narrow(narrow(text, { maxLength: 30 }), { maxLength: 20, minLength: 2 });
    expect(merged).toMatchObject({ maxLength: 20, minLength: 2 });
    expect(conflictOf(merged)).toBeNull();
  });

  it('intersects enums and reports an empty intersection', () => {
    const choice: ValueSpec = { type: 'string', patterns: [], enum: ['a', 'b', 'c'] };
    expect(narrow(narrow(choice, { enum: ['a', 'b'] }), { enum: ['b', 'c'] }).enum).toEqual(['b']);
    expect(conflictOf(narrow(narrow(choice, { enum: ['a'] }), { enum: ['c'] }))?.zh).toContain('没有交集');
  });

  it('reports lengths and ranges that nothing satisfies', () => {
    expect(conflictOf(narrow(text, { minLength: 60 }))?.en).toContain('greater than maximum length');
    expect(conflictOf(narrow({ type: 'integer', patterns: [], minimum: 0 }, { maximum: -1 }))).not.toBeNull();
  });

  it('keeps every pattern (both must match)', () => {
    expect(narrow(narrow(text, { pattern: '^a' }), { pattern: 'z$' }).patterns).toEqual(['^a', 'z$']);
  });
});

describe('dependency cycles', () => {
  it('finds each cycle once, and none in a DAG', () => {
    expect(dependencyCycles(new Map([['a', []], ['b', ['a']], ['c', ['a', 'b']]]))).toEqual([]);
    expect(dependencyCycles(new Map([['a', ['c']], ['b', ['a']], ['c', ['b']]]))).toEqual([['a', 'c', 'b', 'a']]);
    expect(dependencyCycles(new Map([['a', ['a']]]))).toEqual([['a', 'a']]);
  });
});

describe('patterns', () => {
  it('refuses syntax that needs the u flag, and patterns that do not compile', async () => {
    const { patternProblem } = await import('../src/definition/patternProblem.ts');
    expect(patternProblem('^[\\u4e00-\\u9fa5]+$')).toBeNull();
    expect(patternProblem('^\\p{Script=Han}+$')?.zh).toContain('明确的字符范围');
    expect(patternProblem('^[a-')?.en).toContain('invalid pattern');
  });
});

describe('division level (province → street)', () => {
  const place: ValueSpec = { type: 'string', format: 'cn-division-code', patterns: [] };

  it('asks for the most detail any matter needs: a street code also names its district', async () => {
    expect(narrow(narrow(place, { divisionLevel: 'city' }), { divisionLevel: 'street' }).divisionLevel).toBe('street');
    expect(narrow(narrow(place, { divisionLevel: 'street' }), { divisionLevel: 'district' }).divisionLevel).toBe('street');
    expect(narrow(place, { maxLength: 9 }).divisionLevel).toBeUndefined();
    const { valueSchema } = await import('../src/form/valueSchema.ts');
    expect(valueSchema(narrow(place, { divisionLevel: 'street' }), '出生地')).toMatchObject({ format: 'cn-township-code', 'x-division-level': 'street' });
    expect(valueSchema(narrow(place, { divisionLevel: 'city' }), '出生地')).toMatchObject({ format: 'cn-division-code', 'x-division-level': 'city' });
  });

  it('is refused on a field that is not a division code, as are unknown formats and formats of another type', async () => {
    const { formatProblem } = await import('../src/definition/formatProblem.ts');
    expect(formatProblem({ type: 'string', format: 'cn-division-code', divisionLevel: 'street' })).toBeNull();
    expect(formatProblem({ type: 'string', format: 'cn-mobile', divisionLevel: 'street' })).toContain('divisionLevel');
    expect(formatProblem({ type: 'string', format: 'hh:mm' })).toContain('unknown format');
    expect(formatProblem({ type: 'string', format: 'amount' })).toContain('number field');
    expect(formatProblem({ type: 'number', format: 'amount' })).toBeNull();
    expect(formatProblem({ type: 'integer', format: 'hour-minute' })).toContain('string field');
  });
});
