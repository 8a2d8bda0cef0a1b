// JSON Pointers (RFC 6901) into application data: where each value is, for prefill and provenance.

const escape = (token: string): string => token.replace(/~/g, '~0').replace(/\//g, '~1');
const unescape = (token: string): string => token.replace(/~1/g, '/').replace(/~0/g, '~');

export function pointerOf(...tokens: (string | number)[]): string {
  return tokens.map((t) => `/${escape(String(t))}`).join('');
}

export function tokensOf(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map(unescape);
}

/** The value at a pointer, or undefined. */
export function valueAt(data: unknown, pointer: string): unknown {
  let current = data;
  for (const token of tokensOf(pointer)) {
    if (Array.isArray(current)) current = /^(0|[1-9]\d*)$/.test(token) ? current[Number(token)] : undefined;
    else if (typeof current === 'object' && current !== null) current = Object.hasOwn(current, token) ? (current as Record<string, unknown>)[token] : undefined;
    else return undefined;
  }
  return current;
}

/** Every scalar (string, number, boolean, null) in the data, by pointer, in document order. */
export function leavesOf(data: unknown, at = ''): [pointer: string, value: unknown][] {
  if (Array.isArray(data)) return data.flatMap((item, i) => leavesOf(item, `${at}${pointerOf(i)}`));
  if (typeof data === 'object' && data !== null) return Object.entries(data).flatMap(([key, value]) => leavesOf(value, `${at}${pointerOf(key)}`));
  return data === undefined ? [] : [[at, data]];
}
