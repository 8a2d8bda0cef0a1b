// fast-check arbitraries: small but varied bundles built from standard data elements, whose constraints
// always admit a known canonical value, plus application data drawn from valid, edge and invalid values.
import fc from 'fast-check';
import type { Bundle, BundleMatter, Field, Matter } from '@onego/schemas/types';

const QUESTIONS: Bundle['questions'] = { type: 'object', properties: { q: { type: 'boolean', title: '情形' } }, required: ['q'] };

/**
 * Per element: a constraint arbitrary, the canonical value every generated constraint admits, edge
 * values that only some generated constraints admit (they tell a correct merge from a wrong one), and
 * invalid values.
 */
const ELEMENTS = {
  'applicant.name': { constraints: fc.option(fc.integer({ min: 10, max: 50 }).map((maxLength) => ({ maxLength })), { nil: undefined }), canonical: '张三', edges: ['张'.repeat(25)], invalid: ['x'.repeat(60), 42] },
  'applicant.mobile': { constraints: fc.constant(undefined), canonical: '13800138000', edges: [], invalid: ['123', '12800138000'] },
  'applicant.relation': {
    constraints: fc.option(fc.subarray(['mother', 'guardian', 'self', 'agent']).map((more) => ({ enum: ['father', ...more] })), { nil: undefined }),
    canonical: 'father',
    edges: ['mother', 'agent'],
    invalid: ['uncle'],
  },
  'child.name': { constraints: fc.option(fc.integer({ min: 10, max: 50 }).map((maxLength) => ({ maxLength })), { nil: undefined }), canonical: '张小满', edges: ['满'.repeat(30)], invalid: [''] },
  'child.weightGrams': {
    constraints: fc.option(fc.record({ minimum: fc.integer({ min: 300, max: 1000 }), maximum: fc.integer({ min: 5000, max: 8000 }) }), { nil: undefined }),
    canonical: 3200,
    edges: [900, 6000],
    invalid: [100, 'heavy'],
  },
} as const;

type ElementId = keyof typeof ELEMENTS;
const ELEMENT_IDS = Object.keys(ELEMENTS) as ElementId[];

const boundField = (id: ElementId): fc.Arbitrary<Field> =>
  fc.record({ required: fc.boolean(), constraints: ELEMENTS[id].constraints }).map(({ required, constraints }) => ({
    element: id,
    required,
    ...(constraints ? { constraints } : {}),
  }));

const matterArbitrary = (id: string): fc.Arbitrary<Matter> =>
  fc
    .record({
      elements: fc.subarray(ELEMENT_IDS, { minLength: 1 }),
      noteMax: fc.option(fc.integer({ min: 5, max: 20 }), { nil: undefined }),
      noteRequired: fc.boolean(),
      steps: fc.integer({ min: 1, max: 4 }),
      materials: fc.subarray(['m-a', 'm-b', 'm-c', 'm-d'], { minLength: 0 }),
      shareable: fc.boolean(),
      committed: fc.integer({ min: 0, max: 15 }),
      slack: fc.integer({ min: 0, max: 10 }),
      visits: fc.integer({ min: 1, max: 2 }),
      childCount: fc.option(fc.record({ minItems: fc.integer({ min: 0, max: 1 }), maxItems: fc.integer({ min: 2, max: 4 }) }), { nil: undefined }),
    })
    .chain((shape) =>
      fc.tuple(...shape.elements.map(boundField)).map((fields): Matter => {
        const own: Field[] = shape.noteMax
          ? [{ id: 'note', label: { zh: '备注', en: 'Note' }, type: 'string', maxLength: shape.noteMax, required: shape.noteRequired }]
          : [];
        const usesChild = shape.elements.some((e) => e.startsWith('child.'));
        return {
          id,
          version: '1.0.0',
          name: { zh: `事项${id}`, en: `Matter ${id}` },
          kind: 'public-service',
          department: { id: `dept-${id}`, name: { zh: `部门${id}`, en: `Department ${id}` } },
          legalBasis: [{ title: { zh: '《示例条例》' } }],
          timeLimits: { legal: { days: shape.committed + shape.slack, kind: 'working' }, committed: { days: shape.committed, kind: 'working' } },
          visits: { count: shape.visits },
          steps: Array.from({ length: shape.steps }, (_, i) => ({ id: `s${i}`, name: { zh: `环节${i}`, en: `Step ${i}` }, timeLimit: { days: 0, kind: 'working' } })),
          materials: shape.materials.map((m) => ({
            id: m,
            name: { zh: `材料${m}`, en: `Material ${m}` },
            issuer: { zh: '申请人' },
            copies: 1,
            original: 'original',
            medium: 'paper',
            ...(shape.shareable ? { replaceableBy: [{ eLicence: 'household-register' }] } : {}),
          })),
          blankForms: [],
          sampleForms: [],
          form: { fields: [...fields, ...own], ...(usesChild && shape.childCount ? { repeat: { child: shape.childCount } } : {}) },
          result: { type: 'certificate', name: { zh: '结果', en: 'Result' }, delivery: ['electronic'] },
        };
      }),
    );

export interface GeneratedBundle {
  bundle: Bundle;
  matters: Map<string, Matter>;
}

export const bundleArbitrary: fc.Arbitrary<GeneratedBundle> = fc.integer({ min: 1, max: 6 }).chain((n) => {
  const ids = Array.from({ length: n }, (_, i) => `m${i}`);
  return fc
    .record({
      matters: fc.tuple(...ids.map(matterArbitrary)),
      entries: fc.tuple(
        ...ids.map((id, i) =>
          fc.record({
            after: fc.subarray(ids.slice(0, i)),
            conditional: i === 0 ? fc.constant(false) : fc.boolean(),
            optional: fc.boolean(),
            tighter: fc.option(fc.integer({ min: 0, max: 15 }), { nil: undefined }),
          }).map((e) => ({ id, ...e })),
        ),
      ),
      bundleSteps: fc.integer({ min: 1, max: 3 }),
      bundleVisits: fc.integer({ min: 0, max: 1 }),
      shared: fc.boolean(),
    })
    .map(({ matters, entries, bundleSteps, bundleVisits, shared }): GeneratedBundle => {
      const byId = new Map(matters.map((m) => [m.id, m]));
      const bundleMatters: BundleMatter[] = entries.map((e) => {
        const own = byId.get(e.id)?.timeLimits.committed.days ?? 0;
        return {
          matter: e.id,
          ...(e.after.length ? { after: e.after } : {}),
          ...(e.conditional ? { condition: { properties: { q: { const: true } }, required: ['q'] } } : {}),
          ...(e.optional ? { optional: true } : {}),
          ...(e.tighter !== undefined ? { committedTimeLimit: { days: Math.min(e.tighter, own), kind: 'working' as const } } : {}),
        };
      });
      const totalSteps = matters[0]?.steps.length ?? 1;
      return {
        matters: byId,
        bundle: {
          id: 'generated',
          version: '1.0.0',
          name: { zh: '生成的一件事', en: 'Generated bundle' },
          questions: QUESTIONS,
          matters: bundleMatters,
          steps: Array.from({ length: Math.min(bundleSteps, totalSteps) }, (_, i) => ({ id: `b${i}`, name: { zh: `步骤${i}`, en: `Step ${i}` } })),
          timeLimits: { committed: { days: 100, kind: 'working' } },
          visits: { count: bundleVisits },
          issuance: { mode: 'unified', delivery: ['electronic'] },
          ...(shared ? { sharedData: { eLicences: ['household-register'] } } : {}),
        },
      };
    });
});

/** Mostly canonical or edge values, so that many generated applications are valid and edges are common. */
const candidate = (id: ElementId): fc.Arbitrary<unknown> => {
  const { canonical, edges, invalid } = ELEMENTS[id];
  return fc.oneof(
    { arbitrary: fc.constant<unknown>(canonical), weight: 4 },
    ...(edges.length > 0 ? [{ arbitrary: fc.constantFrom<unknown>(...edges), weight: 3 }] : []),
    { arbitrary: fc.constantFrom<unknown>(...invalid, undefined), weight: 1 },
  );
};

/** Application data with each element canonical, an edge or invalid value, or missing. */
export const dataArbitrary: fc.Arbitrary<Record<string, unknown>> = fc
  .record({
    name: candidate('applicant.name'),
    mobile: candidate('applicant.mobile'),
    relation: candidate('applicant.relation'),
    children: fc.array(fc.record({ name: candidate('child.name'), weightGrams: candidate('child.weightGrams') }), { maxLength: 4 }),
    note: fc.oneof({ arbitrary: fc.constant<unknown>('ok'), weight: 4 }, { arbitrary: fc.constantFrom<unknown>('x'.repeat(15), undefined), weight: 1 }),
  })
  .map(({ name, mobile, relation, children, note }) => {
    const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
    const notes = note === undefined ? {} : { matters: Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`m${i}`, { note }])) };
    return { applicant: defined({ name, mobile, relation }), child: children.map(defined), ...notes };
  });

/** Data every generated bundle's merged form must accept. */
export const CANONICAL_DATA: Record<string, unknown> = {
  applicant: { name: ELEMENTS['applicant.name'].canonical, mobile: ELEMENTS['applicant.mobile'].canonical, relation: ELEMENTS['applicant.relation'].canonical },
  child: [{ name: ELEMENTS['child.name'].canonical, weightGrams: ELEMENTS['child.weightGrams'].canonical }],
  matters: Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`m${i}`, { note: 'ok' }])),
};
