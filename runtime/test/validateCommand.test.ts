import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';

interface Captured {
  code: number;
  out: string;
  err: string;
}

async function onego(...args: string[]): Promise<Captured> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['node', 'onego', ...args], { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function issuesOf(dir: string): Promise<{ code: string; file: string; path: string; line?: number; message: string }[]> {
  const result = await onego('validate', dir, '--json');
  expect(result.code).toBe(1);
  return (JSON.parse(result.out) as { issues: { code: string; file: string; path: string; line?: number; message: string }[] }).issues;
}

const FIXTURES = 'test/fixtures/invalid';

describe('onego validate', () => {
  it('exits 0 with a one-line summary for a valid bundle folder', async () => {
    const result = await onego('validate', 'test/fixtures/minimal');
    expect(result.code).toBe(0);
    expect(result.out).toBe('有效：1 个一件事，2 个事项，1 个申请样例');
    expect((await onego('validate', 'test/fixtures/minimal', '--lang', 'en')).out).toBe('valid: 1 bundle(s), 2 matter(s), 1 sample(s)');
  });

  it.each([
    ['unknown-data-element', 'UNKNOWN_DATA_ELEMENT', 'matters/fixture-b.json', '/form/fields/2/element', 'applicant.shoeSize'],
    ['unknown-matter', 'UNKNOWN_MATTER', 'bundle.json', '/matters/2/matter', 'fixture-missing'],
    ['unknown-dependency', 'UNKNOWN_DEPENDENCY', 'bundle.json', '/matters/1/after/0', 'fixture-z'],
    ['dependency-cycle', 'DEPENDENCY_CYCLE', 'bundle.json', '/matters/0/after', '「事项甲」 → 「事项乙」 → 「事项甲」'],
    ['unknown-answer', 'UNKNOWN_ANSWER', 'bundle.json', '/matters/1/condition/properties/needC', 'needC'],
    ['repeat-limit-not-repeatable', 'ENTITY_NOT_REPEATABLE', 'bundle.json', '/repeatLimits/0/entity', 'applicant'],
    ['duplicate-id', 'DUPLICATE_ID', 'matters/fixture-b.json', '/id', 'fixture-a'],
    ['constraint-conflict', 'CONSTRAINT_CONFLICT', 'bundle.json', '/matters/1/matter', 'applicant.relation'],
    ['schema-violation', 'SCHEMA_VIOLATION', 'matters/fixture-b.json', '/department', 'department'],
    ['promise-unreachable', 'PROMISE_UNREACHABLE', 'bundle.json', '/timeLimits/committed', '「事项甲」 → 「事项乙」'],
    ['sample-mismatch', 'SAMPLE_MISMATCH', 'samples/valid-basic.json', '/expect', '/applicant/idNumber 公民身份号码校验码不正确'],
  ])('%s fails with %s at the file and JSON path, in Chinese', async (fixture, code, file, path, mentioned) => {
    const issues = await issuesOf(`${FIXTURES}/${fixture}`);
    const found = issues.find((i) => i.code === code);
    expect(found, JSON.stringify(issues)).toBeDefined();
    expect(found?.file).toBe(`${FIXTURES}/${fixture}/${file}`);
    expect(found?.path).toBe(path);
    expect(found?.line).toBeGreaterThan(0);
    expect(found?.message).toContain(mentioned);
    expect(found?.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('names line and column of malformed JSON', async () => {
    const result = await onego('validate', `${FIXTURES}/json-syntax`);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`${FIXTURES}/json-syntax/bundle.json:5:3  [JSON_SYNTAX] JSON 语法错误：缺少逗号`);
  });

  it('speaks English with --lang en', async () => {
    const result = await onego('validate', `${FIXTURES}/dependency-cycle`, '--lang', 'en');
    expect(result.err).toContain('[DEPENDENCY_CYCLE] the matters\' dependencies form a cycle: "事项甲 (en)" → "事项乙 (en)" → "事项甲 (en)"');
    expect(result.err).toContain('invalid: 1 problem(s) found');
  });

  it('reports a missing path as a problem, not a crash', async () => {
    const result = await onego('validate', 'no/such/folder');
    expect(result.code).toBe(1);
    expect(result.err).toContain('no/such/folder  [FILE_NOT_READABLE] 文件或目录不存在');
  });

  it('refuses an unknown language with a usage error', async () => {
    const result = await onego('validate', 'examples', '--lang', 'fr');
    expect(result.code).not.toBe(0);
    expect(result.err).toContain('fr');
  });
});

describe('onego validate on single files', () => {
  it('a bundle file brings the matters/ folder beside it', async () => {
    const result = await onego('validate', 'examples/newborn/bundle.json');
    expect(result.err).toBe('');
    expect(result.out).toBe('有效：1 个一件事，6 个事项');
  });

  it('a sample file brings its bundle and is checked against its expectation', async () => {
    const valid = await onego('validate', 'examples/newborn/samples/valid-twins.json');
    expect(valid.out).toBe('有效：1 个一件事，6 个事项，1 个申请样例');
    const invalid = await onego('validate', 'examples/newborn/samples/invalid-id-checksum.json');
    expect(invalid.code).toBe(0);
  });

  it('a matter file is checked against the standard dictionary on its own', async () => {
    const result = await onego('validate', 'test/fixtures/invalid/unknown-data-element/matters/fixture-b.json');
    expect(result.code).toBe(1);
    expect(result.err).toContain('[UNKNOWN_DATA_ELEMENT]');
  });
});
