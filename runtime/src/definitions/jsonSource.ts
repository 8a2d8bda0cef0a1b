// Parses a JSON definition file keeping positions, so that problems can name line and column.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

export interface Position {
  line: number;
  column: number;
}

export interface JsonSource {
  text: string;
  json: unknown;
  root: Node | undefined;
}

export class JsonSyntaxError extends Error {
  constructor(
    readonly detail: string,
    readonly position: Position,
  ) {
    super(`${detail} at ${position.line}:${position.column}`);
  }
}

/** 1-based line and column of an offset. */
function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const PARSE_ERROR_TEXT: Record<string, string> = {
  InvalidSymbol: '无效的符号',
  InvalidNumberFormat: '数字格式错误',
  PropertyNameExpected: '缺少属性名',
  ValueExpected: '缺少值',
  ColonExpected: '缺少冒号',
  CommaExpected: '缺少逗号',
  CloseBraceExpected: '缺少 }',
  CloseBracketExpected: '缺少 ]',
  EndOfFileExpected: '文件结尾应已结束',
  InvalidCommentToken: 'JSON 不允许注释',
  UnexpectedEndOfComment: '注释未结束',
  UnexpectedEndOfString: '字符串未结束',
  UnexpectedEndOfNumber: '数字未结束',
  InvalidUnicode: '无效的 Unicode 转义',
  InvalidEscapeCharacter: '无效的转义字符',
  InvalidCharacter: '无效的字符',
};

/** Parses strict JSON; throws JsonSyntaxError naming the first problem's line and column. */
export function parseJsonSource(raw: string, lang: 'zh' | 'en' = 'zh'): JsonSource {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  const first = errors[0];
  if (first) {
    const code = printParseErrorCode(first.error);
    throw new JsonSyntaxError(lang === 'zh' ? (PARSE_ERROR_TEXT[code] ?? code) : code, positionAt(text, first.offset));
  }
  return { text, json: JSON.parse(text) as unknown, root };
}

/** Where a JSON Pointer points, or its deepest existing ancestor when it points at something missing. */
export function locatePointer(source: JsonSource, path: string): Position | undefined {
  let node = source.root;
  if (!node) return undefined;
  const tokens = path === '' || path === '/' ? [] : path.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  for (const token of tokens) {
    let next: Node | undefined;
    if (node.type === 'array') next = node.children?.[Number(token)];
    else if (node.type === 'object') {
      const property = node.children?.find((p) => p.children?.[0]?.value === token);
      next = property?.children?.[1];
    }
    if (!next) break;
    node = next;
  }
  const target = node.parent?.type === 'property' ? node.parent : node;
  return positionAt(source.text, target.offset);
}
