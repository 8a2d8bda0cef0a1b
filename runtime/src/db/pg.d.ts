// The part of node-postgres (pg) OneGo uses directly (knex loads the driver itself); pg ships no declaration.
declare module 'pg' {
  /** A connection string, or the settings knex is given (openDatabase.ts). */
  export type ClientConfig = string | { connectionString?: string; connectionTimeoutMillis?: number; keepAlive?: boolean };

  export interface NotificationMessage {
    channel: string;
    payload?: string;
  }

  /** One connection outside knex's pool (notificationFanOut.ts: LISTEN). */
  export class Client {
    constructor(config: ClientConfig);
    connect(): Promise<void>;
    query(sql: string): Promise<unknown>;
    end(): Promise<void>;
    on(event: 'notification', listener: (message: NotificationMessage) => void): this;
    on(event: 'error', listener: (error: Error) => void): this;
    on(event: 'end', listener: () => void): this;
  }

  const pg: {
    types: { setTypeParser(oid: number, parse: (value: string) => unknown): void };
    Client: typeof Client;
  };
  export default pg;
}
