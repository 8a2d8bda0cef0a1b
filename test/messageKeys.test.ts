// Every text key is used: the web app's message keys (designer/src/i18n) by some source of the web app,
// and the API's error codes (runtime/src/http/errorMessages.ts) by some source of the runtime. A key is
// used when it is written as a string somewhere else, or starts with a prefix the code completes
// (`status.${…}`). knip finds unused exports; this finds unused entries of the message tables.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../runtime/src/http/errorMessages.ts';

const sources = (dir: string): Map<string, string> =>
  new Map(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => [path.join(dir, f), readFileSync(path.join(dir, f), 'utf8')]),
  );

const quoted = (key: string) => new RegExp(`['"\`]${key.replace(/[.]/g, '\\.')}['"\`]`);

describe('message keys', () => {
  it('of the web app are each used', () => {
    const files = sources('designer/src');
    const dictionaries = [...files.keys()].filter((f) => f.includes(`${path.sep}i18n${path.sep}`) && /Messages\.ts$|messages\.ts$/.test(f));
    const keys = new Set(dictionaries.flatMap((f) => [...(files.get(f) ?? '').matchAll(/^\s+'([a-zA-Z0-9_.]+)':/gm)].map((m) => m[1] ?? '')));
    const code = [...files].filter(([f]) => !dictionaries.includes(f)).map(([, text]) => text).join('\n');
    const prefixes = [...code.matchAll(/`([a-zA-Z0-9_.]+\.)\$\{/g)].map((m) => m[1] ?? '');
    expect(keys.size).toBeGreaterThan(100);
    expect([...keys].filter((key) => !quoted(key).test(code) && !prefixes.some((p) => key.startsWith(p)))).toEqual([]);
  });

  it('of the API errors are each used by the runtime', () => {
    const files = sources('runtime/src');
    // The OpenAPI document lists the codes; it does not use them.
    const code = [...files].filter(([f]) => !f.endsWith(`http${path.sep}errorMessages.ts`) && !f.includes(`${path.sep}openapi${path.sep}`)).map(([, text]) => text).join('\n');
    expect(ERROR_CODES.filter((c) => !quoted(c).test(code))).toEqual([]);
  });
});
