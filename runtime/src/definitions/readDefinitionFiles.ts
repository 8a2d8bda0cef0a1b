// Reads definition files and folders from disk into source documents for the engine.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { kindOf, type SourceDocument } from '@onego/engine';
import { JsonSyntaxError, parseJsonSource, type JsonSource } from './jsonSource.ts';

interface ReadProblem {
  file: string;
  kind: 'syntax' | 'missing' | 'unreadable';
  detail: string;
  line?: number;
  column?: number;
}

export interface ReadResult {
  documents: SourceDocument[];
  /** Parsed sources by file, to map JSON Pointers back to lines. */
  sources: Map<string, JsonSource>;
  problems: ReadProblem[];
}

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

async function isDirectory(target: string): Promise<boolean> {
  return (await stat(target).catch(() => undefined))?.isDirectory() ?? false;
}

async function jsonFilesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) files.push(...(await jsonFilesUnder(full)));
    else if (entry.isFile() && entry.name.endsWith('.json')) files.push(full);
  }
  return files;
}

async function readInto(result: ReadResult, files: readonly string[], lang: 'zh' | 'en'): Promise<void> {
  for (const file of files) {
    if (result.sources.has(file) || result.problems.some((p) => p.file === file)) continue;
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      result.problems.push({ file, kind: 'unreadable', detail: (error as NodeJS.ErrnoException).code ?? String(error) });
      continue;
    }
    try {
      const source = parseJsonSource(text, lang);
      result.sources.set(file, source);
      result.documents.push({ file, json: source.json });
    } catch (error) {
      if (!(error instanceof JsonSyntaxError)) throw error;
      result.problems.push({ file, kind: 'syntax', detail: error.detail, line: error.position.line, column: error.position.column });
    }
  }
}

/**
 * Reads every .json file named or found under the named folders. File names are kept as given
 * (relative). A bundle file named on its own brings the matters/ folder beside it, which it refers to;
 * a sample named on its own (in a samples/ folder) brings its bundle folder.
 */
export async function readDefinitionFiles(targets: readonly string[], lang: 'zh' | 'en' = 'zh'): Promise<ReadResult> {
  const result: ReadResult = { documents: [], sources: new Map(), problems: [] };
  const files: string[] = [];
  const named: string[] = [];
  for (const target of targets) {
    const info = await stat(target).catch(() => undefined);
    if (!info) result.problems.push({ file: target, kind: 'missing', detail: lang === 'zh' ? '文件或目录不存在' : 'no such file or folder' });
    else if (info.isDirectory()) files.push(...(await jsonFilesUnder(target)));
    else {
      files.push(target);
      named.push(target);
    }
  }
  await readInto(result, files, lang);
  for (const file of named) {
    const kind = kindOf(result.sources.get(file)?.json);
    const folder = path.dirname(file);
    const matters = path.join(folder, 'matters');
    if (kind === 'bundle' && (await isDirectory(matters))) {
      await readInto(result, await jsonFilesUnder(matters), lang);
    } else if (kind === 'application' && path.basename(folder) === 'samples') {
      const bundleFolder = path.dirname(folder);
      const context = (await jsonFilesUnder(bundleFolder)).filter((f) => path.dirname(f) !== folder);
      await readInto(result, context, lang);
    }
  }
  return result;
}
