// Which phase of the server's work a V8 CPU profile sample belongs to, from its stack (leaf to root):
//  1. work done by a background pass (any frame of one on the stack) is that pass's, whatever it calls;
//  2. otherwise the innermost frame that names a phase does (knex called by the command runner is SQL
//     building, JSON.parse called by the body parser is body parsing: frames without a script are skipped);
//  3. otherwise Node's own http/net/stream frames make it HTTP; what is left is "other".
// Async functions resume with their own frame at the root of the stack (V8 does not keep the awaiting
// caller), which is why each rule names the files that do the work rather than the request's entry.

interface Rule {
  phase: string;
  test: RegExp;
}

/** Background passes: everything they run is theirs. */
const CONTEXTS: Rule[] = [
  { phase: 'notifications (dispatcher, streams, webhooks)', test: /runtime\/src\/(notifications|webhooks)\// },
  { phase: 'scheduler and other passes (timers, issuance, orphans, metrics)', test: /runtime\/src\/(timers\/|issuance\/issuancePass|materials\/orphan|observability\/metrics|reminders\/)|node_modules\/prom-client\// },
];

/** Innermost match wins. Order matters only for frames matching two rules. */
const PHASES: Rule[] = [
  { phase: 'logging', test: /node_modules\/(pino|pino-std-serializers|sonic-boom|fast-redact|thread-stream)\/|runtime\/src\/observability\/logger/ },
  { phase: 'driver hand-off (sqlite3, knex client and pool)', test: /node_modules\/(sqlite3|tarn|pg|pg-protocol|better-sqlite3)\/|node_modules\/knex\/lib\/(dialects|client|execution)|runtime\/src\/db\/cachedStatements/ },
  { phase: 'SQL building (knex)', test: /node_modules\/knex\// },
  { phase: 'packing / deflate', test: /runtime\/src\/(db\/packedJson|bundles\/packingDictionary)|node:zlib|node_modules\/fflate\// },
  { phase: 'statechart (xstate, engine flow)', test: /node_modules\/xstate\/|engine\/src\/flow\// },
  { phase: 'validation (ajv, TypeBox)', test: /node_modules\/(ajv|ajv-formats|ajv-i18n|ajv-errors|typebox|@sinclair)\/|runtime\/src\/http\/requestValidation|engine\/src\/(form|definition)\// },
  { phase: 'planning (command runner, transitions, writes)', test: /runtime\/src\/(commands|db\/eventLog|db\/rows)\/?|engine\/src\// },
  { phase: 'body parsing', test: /node_modules\/(@koa\/bodyparser|co-body|raw-body|inflation|iconv-lite)\// },
  { phase: 'HTTP and auth (koa, router, jose, routes, services)', test: /node_modules\/(koa|@koa\/router|koa-compose|koa-helmet|helmet|jose|path-to-regexp|statuses|http-errors|on-finished|accepts|negotiator|type-is|mime-types|content-type|cookies|vary)\/|runtime\/src\// },
];

const NODE_HTTP: Rule = { phase: 'HTTP and auth (koa, router, jose, routes, services)', test: /^node:(_?http|net|stream|internal\/(http|stream|streams|net|js_stream))/ };

export interface Frame {
  functionName: string;
  url: string;
}

/** The phase of a sample whose stack is `frames`, leaf first. */
export function phaseOf(frames: readonly Frame[]): string {
  if (frames.length > 0) {
    const leaf = frames[0] as Frame;
    if (leaf.functionName === '(garbage collector)') return 'GC';
    if (leaf.functionName === '(program)') return 'V8 not attributed (program)';
  }
  for (const context of CONTEXTS) if (frames.some((f) => context.test.test(f.url))) return context.phase;
  let node: string | undefined;
  for (const frame of frames) {
    if (!frame.url) continue;
    const rule = PHASES.find((r) => r.test.test(frame.url));
    if (rule) return rule.phase;
    if (node === undefined && NODE_HTTP.test.test(frame.url)) node = NODE_HTTP.phase;
  }
  return node ?? 'other (node internals, unattributed)';
}
