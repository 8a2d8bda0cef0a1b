// Loads one bundle (a bundle folder or bundle.json) and its matters for the CLI, refusing definitions
// with problems (the same report as onego validate), and reads an --answers file.
import { readFile } from 'node:fs/promises';
import { compileBundle, createDefinitionAjv, loadDefinitions, type CompiledBundle, type Lang } from '@onego/engine';
import { parseJsonSource, JsonSyntaxError } from '../definitions/jsonSource.ts';
import { readDefinitionFiles } from '../definitions/readDefinitionFiles.ts';
import { report, type Output } from './validateCommand.ts';

export class CliFailure extends Error {}

export async function loadCompiledBundle(target: string, lang: Lang, io: Output): Promise<CompiledBundle> {
  const read = await readDefinitionFiles([target], lang);
  const ajv = createDefinitionAjv();
  const { definitions, issues } = loadDefinitions(read.documents, { ajv });
  const problems = report(read, issues, lang);
  if (problems.length > 0) {
    for (const p of problems) io.err(`${p.line !== undefined ? `${p.file}:${p.line}:${p.column}` : p.file}  ${p.path}  [${p.code}] ${p.message}`);
    throw new CliFailure(lang === 'zh' ? `定义无效：发现 ${problems.length} 个问题` : `invalid definitions: ${problems.length} problem(s)`);
  }
  if (definitions.bundles.length !== 1) {
    throw new CliFailure(
      lang === 'zh'
        ? `${target} 中应恰好有一个一件事定义，实际有 ${definitions.bundles.length} 个`
        : `${target} should hold exactly one bundle, found ${definitions.bundles.length}`,
    );
  }
  const bundle = definitions.bundles[0] as (typeof definitions.bundles)[number];
  const matters = new Map([...definitions.matters].map(([id, m]) => [id, m.definition]));
  return compileBundle({ bundle: bundle.definition, matters, dictionary: definitions.dictionary, file: bundle.file });
}

/** Scenario answers from a file: a plain answers object, or an application ({answers, data}) such as a sample. */
export async function readAnswers(file: string | undefined, lang: Lang): Promise<Record<string, unknown> | undefined> {
  if (file === undefined) return undefined;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new CliFailure(lang === 'zh' ? `无法读取答案文件 ${file}` : `cannot read the answers file ${file}`);
  }
  try {
    const json = parseJsonSource(text, lang).json;
    if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new CliFailure(lang === 'zh' ? `${file} 应为 JSON 对象` : `${file} must hold a JSON object`);
    const record = json as Record<string, unknown>;
    const answers = 'answers' in record && 'data' in record ? record['answers'] : record;
    return answers as Record<string, unknown>;
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      throw new CliFailure(`${file}:${error.position.line}:${error.position.column} ${lang === 'zh' ? 'JSON 语法错误' : 'JSON syntax error'}：${error.detail}`);
    }
    throw error;
  }
}
