// onego validate <file-or-dir...>: checks definitions against the schemas and across references,
// and samples against their expectations. Exit 0 with a one-line summary when valid, 1 when not.
import path from 'node:path';
import {
  createDefinitionAjv,
  describeIssue,
  issueOf,
  loadDefinitions,
  sampleExpectationIssues,
  type DefinitionIssue,
  type DefinitionSet,
  type Lang,
  type Located,
} from '@onego/engine';
import type { ApplicationInput, Bundle } from '@onego/schemas/types';
import { locatePointer } from '../definitions/jsonSource.ts';
import { readDefinitionFiles, type ReadResult } from '../definitions/readDefinitionFiles.ts';

export interface Output {
  out(line: string): void;
  err(line: string): void;
}

export interface ReportedIssue {
  file: string;
  line?: number;
  column?: number;
  path: string;
  code: string;
  message: string;
}

/** The bundle a sample belongs to: the one defined in the folder above its samples/ folder (or beside it). */
function bundleOfSample(sampleFile: string, bundles: readonly Located<Bundle>[]): Located<Bundle> | undefined {
  const folder = path.dirname(sampleFile);
  const home = path.basename(folder) === 'samples' ? path.dirname(folder) : folder;
  const here = bundles.filter((b) => path.dirname(b.file) === home);
  if (here.length === 1) return here[0];
  return bundles.length === 1 ? bundles[0] : undefined;
}

function sampleIssues(definitions: DefinitionSet, ajv: ReturnType<typeof createDefinitionAjv>): DefinitionIssue[] {
  const matters = new Map([...definitions.matters].map(([id, m]) => [id, m.definition]));
  const issues: DefinitionIssue[] = [];
  for (const sample of definitions.applications) {
    const bundle = bundleOfSample(sample.file, definitions.bundles);
    if (!bundle) {
      issues.push(issueOf('SAMPLE_WITHOUT_BUNDLE', sample.file, ''));
      continue;
    }
    const input: ApplicationInput = sample.definition;
    if (input.expect?.valid === undefined && path.basename(sample.file).startsWith('invalid-')) {
      input.expect = { ...input.expect, valid: false };
    }
    issues.push(...sampleExpectationIssues(bundle.definition, matters, definitions.dictionary, input, sample.file, ajv));
  }
  return issues;
}

export function report(read: ReadResult, issues: readonly DefinitionIssue[], lang: Lang): ReportedIssue[] {
  const reported: ReportedIssue[] = read.problems.map((p) => ({
    file: p.file,
    ...(p.line !== undefined ? { line: p.line, column: p.column } : {}),
    path: '',
    code: p.kind === 'syntax' ? 'JSON_SYNTAX' : 'FILE_NOT_READABLE',
    message: p.kind === 'syntax' ? (lang === 'zh' ? `JSON 语法错误：${p.detail}` : `JSON syntax error: ${p.detail}`) : p.detail,
  }));
  for (const found of issues) {
    const source = read.sources.get(found.file);
    const position = source ? locatePointer(source, found.path) : undefined;
    reported.push({ file: found.file, ...(position ?? {}), path: found.path, code: found.code, message: describeIssue(found, lang) });
  }
  return reported.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

function summary(read: ReadResult, lang: Lang): string {
  const count = (kind: string) => read.documents.filter((d) => (d.json as { $schema?: string }).$schema?.endsWith(`/${kind}.schema.json`)).length;
  const parts: [number, string, string][] = [
    [count('bundle'), '个一件事', 'bundle(s)'],
    [count('matter'), '个事项', 'matter(s)'],
    [count('data-elements'), '个数据元字典', 'dictionary(ies)'],
    [count('calendar'), '个工作日历', 'calendar(s)'],
    [count('application'), '个申请样例', 'sample(s)'],
  ];
  const shown = parts.filter(([n]) => n > 0).map(([n, zh, en]) => (lang === 'zh' ? `${n} ${zh}` : `${n} ${en}`));
  return lang === 'zh' ? `有效：${shown.join('，')}` : `valid: ${shown.join(', ')}`;
}

export async function validateCommand(targets: readonly string[], options: { lang: Lang; json?: boolean }, io: Output): Promise<number> {
  const { lang } = options;
  const read = await readDefinitionFiles(targets, lang);
  const ajv = createDefinitionAjv();
  const { definitions, issues } = loadDefinitions(read.documents, { ajv });
  const all = [...issues, ...(issues.length === 0 ? sampleIssues(definitions, ajv) : [])];
  const reported = report(read, all, lang);
  if (options.json) {
    io.out(JSON.stringify({ valid: reported.length === 0, issues: reported }, null, 2));
    return reported.length === 0 ? 0 : 1;
  }
  if (reported.length === 0) {
    if (read.documents.length === 0) {
      io.err(lang === 'zh' ? '没有找到任何 JSON 定义文件' : 'no JSON definition files found');
      return 1;
    }
    io.out(summary(read, lang));
    return 0;
  }
  for (const r of reported) {
    const where = r.line !== undefined ? `${r.file}:${r.line}:${r.column}` : r.file;
    io.err(r.path ? `${where}  ${r.path}  [${r.code}] ${r.message}` : `${where}  [${r.code}] ${r.message}`);
  }
  io.err(lang === 'zh' ? `无效：发现 ${reported.length} 个问题` : `invalid: ${reported.length} problem(s) found`);
  return 1;
}
