// Whether an error says that the database cannot be reached now — not that the request was wrong: the
// server refused or dropped the connection (it is restarting, or the network is down), it is shutting down
// or starting (PostgreSQL's class 08 and 57P01–57P03), a connection could not be had from the pool in
// time, or SQLite's file stayed locked past the busy timeout. Such a request is answered 503 with a code,
// and the client retries it (with its Idempotency-Key); the pool opens new connections when it can.
const NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);
const POSTGRES_SHUTDOWN = new Set(['57P01', '57P02', '57P03']);
const DROPPED = /Connection terminated|connection is closed|Client has encountered a connection error|terminating connection/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, name, message } = error as { code?: unknown; name?: unknown; message?: unknown };
  if (typeof code === 'string' && (NETWORK.has(code) || POSTGRES_SHUTDOWN.has(code) || code.startsWith('08') || code === 'SQLITE_BUSY')) return true;
  if (name === 'KnexTimeoutError') return true; // no connection from the pool in time
  return typeof message === 'string' && DROPPED.test(message);
}
