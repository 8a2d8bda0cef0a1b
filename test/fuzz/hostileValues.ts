// Hostile values for the fuzz suite (fast-check arbitraries): strings with every kind of character and
// length around the limits, numbers out of range or written strangely, deep nesting, prototype keys, and
// JSON texts that are not quite JSON. A body is built as a tree of plain values with `Raw` leaves (JSON
// text written as is: 1e309, -0, 5,000 levels of nesting) and serialised by `jsonText`.
import fc from 'fast-check';

/** A piece of JSON text written as it is (a number JSON.stringify cannot write, a deep nest). */
export class Raw {
  constructor(readonly text: string) {}
}

/** JSON text of a tree of plain values and Raw leaves (lone surrogates escaped, as JSON.stringify does). */
export function jsonText(value: unknown): string {
  if (value instanceof Raw) return value.text;
  if (Array.isArray(value)) return `[${value.map(jsonText).join(',')}]`;
  if (typeof value === 'object' && value !== null) return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${jsonText(v)}`).join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

/** Strings an attacker tries first: injections, traversal, markup, prototype names, look-alike values. */
const NASTY_STRINGS = [
  '',
  ' ',
  '\t\n',
  '..',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%00',
  '\u0000',
  '\u0000abc',
  "' OR '1'='1",
  '"; DROP TABLE applications; --',
  "1; SELECT sqlite_version(); --",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '${7*7}',
  '{{7*7}}',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'NaN',
  'Infinity',
  '-1',
  '0',
  '1e309',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '\u202eevil',
  '\ufeffbom',
  '\ud800',
  '\udfff\ud800',
  '😀'.repeat(50),
  '𠀀'.repeat(201),
  'é'.repeat(199),
  'a'.repeat(200),
  'a'.repeat(201),
  'a'.repeat(2000),
  'a'.repeat(2001),
  'a'.repeat(2049),
  'henan-newborn',
  'birth-medical-certificate',
  'parents-id-cards',
  'health',
  'approve',
  'citizen',
  'admin',
  '2026-02-30',
  '2026-03-02T09:00:00+08:00',
  '9999-12-31T23:59:59Z',
  'https://hooks.example.com/onego',
  'http://169.254.169.254/latest/meta-data/',
  'http://user:pass@example.com/',
  'javascript:alert(1)',
  'file:///etc/passwd',
];

const CONTROL = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));

/** A hostile string: the list above, any code points (lone surrogates too), controls, long runs. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: CONTROL, minLength: 1, maxLength: 10 }) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 150, max: 20_000 }), fc.constantFrom('x', 'é', '中', '😀', '\u0301')).map(([n, c]) => c.repeat(n)) },
);

/** Numbers JSON.stringify writes, and texts it never would (out of range, -0, more digits than a double). */
export const hostileNumber: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(0, -1, 1, 1.5, -1.5, 2 ** 31, 2 ** 53 + 1, -(2 ** 53), Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 1e21, 1_000_000, 1_000_001),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.constantFrom('1e309', '-1e309', '1E400', '-0', '0.0', '1.0', '5e-324', '9007199254740993', '123456789012345678901234567890', '0.00000000000000000000000000001', '1e-400').map((t) => new Raw(t)),
);

/** `inner` nested `depth` levels deep in lists or objects, as JSON text (JSON.stringify itself overflows at some thousands). */
export const nested = (depth: number, inner: string, kind: 'list' | 'object') =>
  new Raw(kind === 'list' ? `${'['.repeat(depth)}${inner}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}${inner}${'}'.repeat(depth)}`);

const deepNest: fc.Arbitrary<unknown> = fc
  .tuple(fc.constantFrom(10, 62, 63, 64, 65, 100, 1_000, 5_000, 40_000), fc.constantFrom<'list' | 'object'>('list', 'object'))
  .map(([depth, kind]) => nested(depth, '1', kind));

/** Object keys: ordinary, prototype names, empty, huge, control and odd characters. */
export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', '', ' ', 'a.b', '/a', '~1', '$ref', 'toString', 'valueOf', 'length', 'x'.repeat(10_000)),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

/** Any hostile JSON value (leaves and small containers of them). */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 4, arbitrary: hostileString },
    { weight: 3, arbitrary: hostileNumber },
    { weight: 1, arbitrary: fc.constantFrom(true, false, null) },
    { weight: 1, arbitrary: deepNest },
    { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.dictionary(hostileKey, tie('value'), { maxKeys: 4 }) },
    { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 60_000 }).map((n) => new Raw(`[${Array(n).fill('0').join(',')}]`)) },
  ),
})).value;

/** JSON texts that are not valid JSON (or are, in a way a parser may not expect). */
export const brokenJson = (valid: string): fc.Arbitrary<string> =>
  fc.oneof(
    fc.integer({ min: 0, max: Math.max(0, valid.length - 1) }).map((n) => valid.slice(0, n)),
    fc.constantFrom(`${valid}garbage`, `${valid}${valid}`, `\ufeff${valid}`, valid.replace(/"/g, "'"), `${valid},`),
    fc.constantFrom('{"a":1,}', '[1,2', '{"a":NaN}', '{"a":Infinity}', '{"a":undefined}', '{a:1}', '"unterminated', '\u0000', '{"a":"\u0001"}', '[]]', 'nul', '--1', '{"a":01}', '{"\\ud800":1}', '{"a":"\\x41"}', '{"a":1}{"b":2}'),
    fc.string({ unit: 'binary', maxLength: 30 }),
  );
