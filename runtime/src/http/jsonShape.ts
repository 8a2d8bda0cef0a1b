// What a parsed JSON body may be before any route (or the engine's recursive code) sees it: at most
// MAX_JSON_DEPTH levels of nesting, and only finite numbers (JSON.parse reads 1e309 as Infinity, which
// would be stored as null). Checked by an explicit stack, never by recursion, so a body nested 100,000
// deep is refused rather than overflowing the call stack. (Its size is bounded by the body parser: 1 MB.)
import { AppError } from './appError.ts';

/** Levels of objects and lists a JSON body may nest (the deepest OneGo form is far shallower). */
const MAX_JSON_DEPTH = 64;

/** Throws 400 JSON_TOO_DEEP or NUMBER_NOT_FINITE (with the JSON Pointer of the first offending value). */
export function checkJsonShape(body: unknown, maxDepth = MAX_JSON_DEPTH): void {
  const stack: { value: unknown; depth: number; path: string }[] = [{ value: body, depth: 0, path: '' }];
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop() as { value: unknown; depth: number; path: string };
    if (typeof value === 'number' && !Number.isFinite(value)) throw new AppError(400, 'NUMBER_NOT_FINITE', { path: path || '/' }, { path: path || '/' });
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= maxDepth) throw new AppError(400, 'JSON_TOO_DEEP', { max: maxDepth }, { maxDepth });
    const entries = Array.isArray(value) ? value.map((item, i) => [String(i), item] as const) : Object.entries(value);
    for (const [key, item] of entries) stack.push({ value: item, depth: depth + 1, path: `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}` });
  }
}
