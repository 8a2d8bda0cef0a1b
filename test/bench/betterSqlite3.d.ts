// The part of better-sqlite3 12 (a devDependency, for the benchmark's storage ceiling only) that
// groupCommitCeiling.ts uses; the package ships no types of its own.
declare module 'better-sqlite3' {
  export interface Statement {
    /** Whether the statement returns rows (a SELECT, or a write with RETURNING): then all(), not run(). */
    readonly reader: boolean;
    run(...bindings: unknown[]): unknown;
    all(...bindings: unknown[]): unknown[];
  }
  class Database {
    constructor(file: string);
    pragma(source: string): unknown;
    prepare(sql: string): Statement;
    exec(sql: string): this;
    close(): void;
  }
  export default Database;
}
