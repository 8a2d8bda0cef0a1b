// The inbox's keys, shared by the commands that write tasks and the queries that read them.

/** The inbox sort key of a task without a deadline: after every real date (tasks.sort_due, migration 003). */
export const NO_DEADLINE = '9999-12-31T23:59:59.999Z';

/** The task statuses that still expect someone's action, listed by the partial inbox index (migration 011). */
export const OPEN_TASK_STATUSES = ['waiting', 'pending', 'returned'] as const;
/**
 * The WHERE of that index, as SQL text. A query uses the index only when its own WHERE has this very term,
 * as text: SQLite cannot see that a bound `status = ?` implies it (taskRoutes.ts adds it). Changing it
 * takes a migration that rebuilds the index with the new text.
 */
export const OPEN_TASKS = "status in ('waiting', 'pending', 'returned')";
