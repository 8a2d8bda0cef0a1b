// Requests as bytes on a socket, for what fetch never sends: malformed request lines and headers, body
// lengths that lie, request smuggling shapes, headers over the size limit.
import fc from 'fast-check';

const text = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
const json = 'Content-Type: application/json\r\n';

/** Requests every HTTP server should refuse, or answer with care. */
export const MALFORMED: [string, Uint8Array][] = [
  ['not HTTP', text('HELLO\r\n\r\n')],
  ['an unknown version', text('GET /api/bundles HTTP/9.9\r\nHost: x\r\n\r\n')],
  ['headers over 16 KB', text(`GET /api/bundles HTTP/1.1\r\nHost: x\r\nX-A: ${'a'.repeat(20_000)}\r\n\r\n`)],
  ['3,000 headers', text(`GET /api/bundles HTTP/1.1\r\nHost: x\r\n${Array.from({ length: 3_000 }, (_, i) => `X-${i}: 1\r\n`).join('')}\r\n`)],
  ['Content-Length with Transfer-Encoding', text(`POST /api/application-drafts HTTP/1.1\r\nHost: x\r\n${json}Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`)],
  ['two Content-Lengths', text(`POST /api/application-drafts HTTP/1.1\r\nHost: x\r\n${json}Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}`)],
  ['a negative Content-Length', text(`POST /api/application-drafts HTTP/1.1\r\nHost: x\r\n${json}Content-Length: -1\r\n\r\n{}`)],
  ['a broken chunk', text(`POST /api/application-drafts HTTP/1.1\r\nHost: x\r\n${json}Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`)],
  ['a body shorter than its length', text(`POST /api/application-drafts HTTP/1.1\r\nHost: x\r\n${json}Content-Length: 100\r\n\r\n{}`)],
  ['an unknown method', text('FOO /api/bundles HTTP/1.1\r\nHost: x\r\n\r\n')],
  ['NUL in the path', text('GET /api/bun\u0000dles HTTP/1.1\r\nHost: x\r\n\r\n')],
  ['raw UTF-8 in the path', new Uint8Array(Buffer.from('GET /api/bundles/中文 HTTP/1.1\r\nHost: x\r\n\r\n', 'utf8'))],
  ['a header without a colon', text('GET /api/bundles HTTP/1.1\r\nHost: x\r\nBadHeader\r\n\r\n')],
  ['a folded header', text('GET /api/bundles HTTP/1.1\r\nHost: x\r\nX-A: a\r\n b\r\n\r\n')],
  ['an absolute URL', text('GET http://evil.example/api/bundles HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')],
  ['OPTIONS *', text('OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')],
  ['TRACE', text('TRACE /api/bundles HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')],
  ['CONNECT', text('CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n')],
  ['a bare LF', text('GET /api/bundles HTTP/1.1\nHost: x\n\n')],
];

/** Random request lines and headers: a method, a target and header lines of any bytes. */
export const garbageRequest: fc.Arbitrary<Uint8Array> = fc
  .tuple(
    fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'G\u0000T', '', 'get'),
    fc.oneof(fc.constantFrom('/api/applications', '/health', '/api/bundles/henan-newborn', '*', ''), fc.string({ unit: 'binary-ascii', maxLength: 60 })),
    fc.array(fc.tuple(fc.string({ unit: 'binary-ascii', maxLength: 20 }), fc.string({ unit: 'binary-ascii', maxLength: 60 })), { maxLength: 5 }),
    fc.uint8Array({ maxLength: 200 }),
  )
  .map(([method, target, headers, body]) =>
    new Uint8Array(Buffer.concat([Buffer.from(`${method} ${target} HTTP/1.1\r\nHost: x\r\n${headers.map(([k, v]) => `${k}: ${v}\r\n`).join('')}Content-Length: ${body.length}\r\nConnection: close\r\n\r\n`, 'latin1'), Buffer.from(body)])),
  );
