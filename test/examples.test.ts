// The example bundles are real and executable: they validate, their samples behave as they say, the
// values in their samples pass the real checksums, and the newborn bundle adds up to the published case.
import { describe, expect, it } from 'vitest';
import {
  checkSample,
  CHINESE_FORMATS,
  createDefinitionAjv,
  loadDefinitions,
  MATTERS_KEY,
  type DefinitionSet,
  type DictionaryIndex,
} from '@onego/engine';
import type { ApplicationInput, Bundle, Matter } from '@onego/schemas/types';
import { readDefinitionFiles } from '../runtime/src/definitions/readDefinitionFiles.ts';

const EXAMPLES = ['newborn', 'business-startup', 'school-enrolment'] as const;
const CHECKSUM_FORMATS = new Set(['cn-resident-id', 'cn-uscc', 'bank-card']);
const ajv = createDefinitionAjv();

async function loadExample(name: string): Promise<{ definitions: DefinitionSet; bundle: Bundle; matters: Map<string, Matter> }> {
  const read = await readDefinitionFiles([`examples/${name}`]);
  expect(read.problems).toEqual([]);
  const { definitions, issues } = loadDefinitions(read.documents, { ajv });
  expect(issues).toEqual([]);
  expect(definitions.bundles).toHaveLength(1);
  const bundle = definitions.bundles[0]?.definition as Bundle;
  return { definitions, bundle, matters: new Map([...definitions.matters].map(([id, m]) => [id, m.definition])) };
}

/** Every [elementId, value, pointer] in application data, through repeatable entities. */
function elementValues(data: Record<string, unknown>): [string, unknown, string][] {
  const found: [string, unknown, string][] = [];
  for (const [entity, value] of Object.entries(data)) {
    if (entity === MATTERS_KEY) continue;
    const records = Array.isArray(value) ? value.map((v, i) => [v, `/${entity}/${i}`] as const) : [[value, `/${entity}`] as const];
    for (const [record, base] of records) {
      for (const [name, v] of Object.entries(record as Record<string, unknown>)) found.push([`${entity}.${name}`, v, `${base}/${name}`]);
    }
  }
  return found;
}

function checksumValues(data: Record<string, unknown>, dictionary: DictionaryIndex): { format: string; value: string; path: string }[] {
  return elementValues(data).flatMap(([id, value, path]) => {
    const format = dictionary.elements.get(id)?.format;
    return format && CHECKSUM_FORMATS.has(format) && typeof value === 'string' ? [{ format, value, path }] : [];
  });
}

describe.each(EXAMPLES)('example %s', (name) => {
  it('validates, with at least one valid and one invalid sample', async () => {
    const { definitions } = await loadExample(name);
    const files = definitions.applications.map((a) => a.file);
    expect(files.some((f) => /\/samples\/valid-[^/]+\.json$/.test(f))).toBe(true);
    expect(files.some((f) => /\/samples\/invalid-[^/]+\.json$/.test(f))).toBe(true);
  });

  it('each valid sample validates against every included matter’s form', async () => {
    const { definitions, bundle, matters } = await loadExample(name);
    for (const sample of definitions.applications.filter((a) => a.file.includes('/valid-'))) {
      const result = checkSample(bundle, matters, definitions.dictionary, sample.definition, ajv);
      expect(result.answerIssues, sample.file).toEqual([]);
      expect(result.matterIssues, sample.file).toEqual([]);
      expect(result.included.length, sample.file).toBeGreaterThan(0);
      for (const matterId of sample.definition.expect?.autoApproved ?? []) expect(result.autoApproved, sample.file).toContain(matterId);
    }
  });

  it('each invalid sample fails with a Chinese message at the data it expects', async () => {
    const { definitions, bundle, matters } = await loadExample(name);
    const invalid = definitions.applications.filter((a) => a.file.includes('/invalid-'));
    expect(invalid.length).toBeGreaterThan(0);
    for (const sample of invalid) {
      const result = checkSample(bundle, matters, definitions.dictionary, sample.definition, ajv, 'zh');
      const issues = [...result.answerIssues, ...result.matterIssues.flatMap((m) => m.issues)];
      expect(issues.length, sample.file).toBeGreaterThan(0);
      for (const issue of issues) expect(issue.message, sample.file).toMatch(/[\u4e00-\u9fa5]/);
      const expected = sample.definition.expect?.errors ?? [];
      expect(expected.length, `${sample.file} names the data it gets wrong`).toBeGreaterThan(0);
      for (const path of expected) expect(issues.map((i) => i.path), sample.file).toContain(path);
      const english = checkSample(bundle, matters, definitions.dictionary, sample.definition, ajv, 'en');
      const englishIssues = [...english.answerIssues, ...english.matterIssues.flatMap((m) => m.issues)];
      for (const issue of englishIssues) expect(issue.message, sample.file).not.toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it('values in valid samples pass the real checksums, and a changed check character fails', async () => {
    const { definitions } = await loadExample(name);
    let checked = 0;
    for (const sample of definitions.applications.filter((a) => a.file.includes('/valid-'))) {
      for (const { format, value, path } of checksumValues(sample.definition.data, definitions.dictionary)) {
        const checker = CHINESE_FORMATS[format];
        expect(checker?.problem(value), `${sample.file} ${path}`).toBeNull();
        const last = value.at(-1) ?? '';
        const changed = value.slice(0, -1) + (last === '0' ? '1' : '0');
        expect(checker?.problem(changed), `${sample.file} ${path} with ${changed}`).toBe('checksum');
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('invalid samples with a checksum value at an expected error path fail on the checksum', async () => {
    const { definitions } = await loadExample(name);
    for (const sample of definitions.applications.filter((a) => a.file.includes('/invalid-'))) {
      const expected = new Set(sample.definition.expect?.errors ?? []);
      for (const { format, value, path } of checksumValues(sample.definition.data, definitions.dictionary)) {
        const problem = CHINESE_FORMATS[format]?.problem(value) ?? null;
        if (expected.has(path)) expect(problem, `${sample.file} ${path}`).not.toBeNull();
        else expect(problem, `${sample.file} ${path} is not meant to be wrong`).toBeNull();
      }
    }
  });
});

describe('newborn bundle (河南 新生儿出生一件事, 001:352)', () => {
  it('its six matters add up to the published before: 32 working days, 9 materials, 16 steps', async () => {
    const { definitions, bundle, matters } = await loadExample('newborn');
    const single = definitions.applications.find((a) => a.file.endsWith('valid-single-birth.json'))?.definition as ApplicationInput;
    const included = checkSample(bundle, matters, definitions.dictionary, single, ajv).included.map((id) => matters.get(id) as Matter);
    expect(included).toHaveLength(6);
    expect(included.every((m) => m.timeLimits.committed.kind === 'working')).toBe(true);
    expect(included.reduce((sum, m) => sum + m.timeLimits.committed.days, 0)).toBe(32);
    expect(included.reduce((sum, m) => sum + m.materials.length, 0)).toBe(9);
    expect(included.reduce((sum, m) => sum + m.steps.length, 0)).toBe(16);
    expect(bundle.timeLimits.committed).toEqual({ days: 6, kind: 'working' });
    expect(bundle.steps).toHaveLength(3);
  });

  it('names the two published constituents', async () => {
    const { matters } = await loadExample('newborn');
    const names = [...matters.values()].map((m) => m.name.zh);
    expect(names).toContain('出生医学证明签发');
    expect(names.some((n) => n.startsWith('预防接种证'))).toBe(true);
  });
});

describe('business start-up bundle (004:214)', () => {
  it('has the five nationally published constituents, the licence first', async () => {
    const { bundle, matters } = await loadExample('business-startup');
    expect(bundle.matters).toHaveLength(5);
    const gate = bundle.matters.filter((m) => !m.after?.length);
    expect(gate).toHaveLength(1);
    expect(matters.get(gate[0]?.matter as string)?.result.eLicence).toBe('business-licence');
  });
});
