// Properties over generated bundles: the merged form is exactly as strict as its matters together, and
// the bundle never does worse than its matters one by one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileBundle, createAjv, criticalPath, matterFormSchema, projectForMatter, STANDARD_DICTIONARY, indexDictionaries, withinForm, workingDaysOf } from '../src/index.ts';
import { bundleArbitrary, CANONICAL_DATA, dataArbitrary } from './support/arbitraryBundle.ts';

const ajv = createAjv();
const dictionary = indexDictionaries([STANDARD_DICTIONARY]);
const compile = (g: { bundle: Parameters<typeof compileBundle>[0]['bundle']; matters: Parameters<typeof compileBundle>[0]['matters'] }) =>
  compileBundle({ ...g, dictionary }, ajv);

describe('merged form properties', () => {
  it('a submission valid against the merged form projects onto a valid submission for every included matter', () => {
    let valid = 0;
    fc.assert(
      fc.property(bundleArbitrary, dataArbitrary, fc.boolean(), (generated, generatedData, q) => {
        const compiled = compile(generated);
        const answers = { q };
        // The form is closed (it refuses what it does not define): the generated data is cut to its fields.
        const data = withinForm(compiled.form(answers).schema, generatedData);
        expect(compiled.form(answers).conflicts).toEqual([]);
        if (!compiled.validate(answers, data).valid) return;
        valid++;
        for (const entry of compiled.included(answers)) {
          const matter = generated.matters.get(entry.matter);
          if (!matter) throw new Error('missing matter');
          const validate = ajv.compile(matterFormSchema(matter, dictionary));
          expect(validate(projectForMatter(data, matter)), JSON.stringify(validate.errors)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
    expect(valid, 'enough generated applications are valid for the property to mean something').toBeGreaterThan(30);
  });

  it('data that satisfies every matter satisfies the merged form (nothing stricter than needed)', () => {
    fc.assert(
      fc.property(bundleArbitrary, fc.boolean(), (generated, q) => {
        const compiled = compile(generated);
        const result = compiled.validate({ q }, withinForm(compiled.form({ q }).schema, CANONICAL_DATA));
        expect(result.errors).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('the merged form refuses exactly the data it does not define, each at its path', () => {
    fc.assert(
      fc.property(bundleArbitrary, fc.boolean(), fc.string({ minLength: 1, maxLength: 8 }), (generated, q, extra) => {
        const compiled = compile(generated);
        const defined = withinForm(compiled.form({ q }).schema, CANONICAL_DATA) as Record<string, unknown>;
        const key = `x-${extra}`;
        const result = compiled.validate({ q }, { ...defined, [key]: { nested: 1 } });
        expect(result.valid).toBe(false);
        expect(result.errors.map((e) => e.path)).toContain(`/data/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
      }),
      { numRuns: 100 },
    );
  });
});

describe('metrics properties', () => {
  it('after ≤ before for every metric, and the critical path ≤ the sequential sum', () => {
    fc.assert(
      fc.property(bundleArbitrary, fc.boolean(), (generated, q) => {
        const compiled = compile(generated);
        const answers = { q };
        const metrics = compiled.metrics(answers);
        for (const key of Object.keys(metrics) as (keyof typeof metrics)[]) expect(metrics[key].after, key).toBeLessThanOrEqual(metrics[key].before);
        const included = compiled.included(answers);
        const nodes = included.map((e) => ({
          id: e.matter,
          days: workingDaysOf(e.committedTimeLimit ?? generated.matters.get(e.matter)?.timeLimits.committed ?? { days: 0, kind: 'working' }),
          after: e.after ?? [],
        }));
        expect(criticalPath(nodes).days).toBeLessThanOrEqual(nodes.reduce((n, x) => n + x.days, 0));
      }),
      { numRuns: 300 },
    );
  });
});
