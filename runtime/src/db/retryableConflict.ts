// Whether a database error only says that the transaction lost a race with another one and may simply run
// again: PostgreSQL's serialization failure (40001) and deadlock (40P01, one of two transactions that
// wait on each other's rows is rolled back). SQLite has one writer at a time and answers neither.
export function isRetryableConflict(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code } = error as { code?: unknown };
  return code === '40001' || code === '40P01';
}
