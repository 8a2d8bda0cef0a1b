// @onego/runtime's public entry point: start the server from a configuration, read the configuration
// from the environment, bring a database up to date. The onego command is the package's bin.
export { configFromEnv, type RuntimeConfig } from './config.ts';
export { ConfigError } from './environment.ts';
export { migrateDatabase, type MigrationReport } from './migrateDatabase.ts';
export { startServer, type RunningServer } from './server.ts';
