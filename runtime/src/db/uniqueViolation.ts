// Whether a database error is a unique-constraint violation (SQLite or PostgreSQL): a concurrent
// duplicate write that the caller turns into its own 409.
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (code === '23505') return true; // PostgreSQL unique_violation
  return code === 'SQLITE_CONSTRAINT' && typeof message === 'string' && /UNIQUE|PRIMARY KEY/i.test(message);
}
