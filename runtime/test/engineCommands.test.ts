// onego metrics / compile / notice, in-process, on the examples.
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';

async function onego(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['node', 'onego', ...args], { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('onego metrics', () => {
  it('prints JSON with exactly the five figures', async () => {
    const result = await onego('metrics', 'examples/newborn', '--json');
    expect(result.code).toBe(0);
    const metrics = JSON.parse(result.out) as Record<string, { before: number; after: number }>;
    expect(Object.keys(metrics)).toEqual(['materials', 'steps', 'workingDays', 'visits', 'fields']);
    expect(metrics['workingDays']).toEqual({ before: 32, after: 6 });
    expect(metrics['materials']).toEqual({ before: 9, after: 1 });
    expect(metrics['steps']).toEqual({ before: 16, after: 3 });
  });

  it('prints a table in Chinese, and follows --answers (a sample file works too)', async () => {
    const table = await onego('metrics', 'examples/newborn');
    expect(table.out).toContain('新生儿出生一件事 — 改革前后对比');
    expect(table.out).toMatch(/时限（工作日）\s+32\s+6\s+81\.3%/);
    const twins = await onego('metrics', 'examples/newborn/bundle.json', '--answers', 'examples/newborn/samples/valid-twins.json', '--json');
    expect((JSON.parse(twins.out) as { workingDays: { before: number } }).workingDays.before).toBe(14);
  });

  it('refuses invalid definitions with the validate report and exit 1', async () => {
    const result = await onego('metrics', 'test/fixtures/invalid/dependency-cycle');
    expect(result.code).toBe(1);
    expect(result.err).toContain('[DEPENDENCY_CYCLE]');
    expect(result.err).toContain('定义无效');
  });

  it('reports an unreadable answers file clearly', async () => {
    const result = await onego('metrics', 'examples/newborn', '--answers', 'no-such.json');
    expect(result.code).toBe(1);
    expect(result.err).toBe('无法读取答案文件 no-such.json');
  });
});

describe('onego compile', () => {
  it('--form gives a merged JSON Schema and uiSchema for react-jsonschema-form', async () => {
    const result = await onego('compile', 'examples/newborn', '--form');
    const { schema, uiSchema } = JSON.parse(result.out) as { schema: { type: string; properties: Record<string, unknown> }; uiSchema: { 'ui:order': string[] } };
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties)).toContain('mother');
    expect(uiSchema['ui:order'][0]).toBe('applicant');
  });

  it('--notice, --machine and --graph give JSON', async () => {
    const notice = JSON.parse((await onego('compile', 'examples/newborn', '--notice')).out) as { materials: unknown[] };
    expect(notice.materials).toHaveLength(1);
    const machine = JSON.parse((await onego('compile', 'examples/newborn', '--machine')).out) as { states: Record<string, unknown> };
    expect(Object.keys(machine.states)).toEqual(expect.arrayContaining(['draft', 'processing', 'issuing', 'completed', 'rejected']));
    const graph = JSON.parse((await onego('compile', 'examples/newborn', '--graph')).out) as { lanes: { id: string }[]; nodes: unknown[] };
    expect(graph.lanes.map((l) => l.id)).toEqual(expect.arrayContaining(['health', 'police']));
  });

  it('asks for exactly one output', async () => {
    const result = await onego('compile', 'examples/newborn', '--form', '--graph');
    expect(result.code).toBe(1);
    expect(result.err).toContain('恰好选择一项');
  });
});

describe('onego notice', () => {
  it('prints the one-time notice in Chinese, English with --lang en', async () => {
    const zh = await onego('notice', 'examples/newborn');
    expect(zh.code).toBe(0);
    expect(zh.out).toContain('一次告知单');
    expect(zh.out).toContain('父母双方有效身份证件');
    const en = await onego('notice', 'examples/school-enrolment', '--lang', 'en');
    expect(en.out).toContain('Nothing to submit');
  });
});
