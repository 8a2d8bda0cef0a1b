// The part of node-postgres (pg) OneGo uses directly (knex loads the driver itself); pg ships no declaration.
declare module 'pg' {
  const pg: {
    types: { setTypeParser(oid: number, parse: (value: string) => unknown): void };
  };
  export default pg;
}
