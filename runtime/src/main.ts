// npm start: run OneGo with the configuration from the environment until SIGTERM or SIGINT.
import { configFromEnv } from './config.ts';
import { databaseName } from './db/openDatabase.ts';
import { startServer } from './server.ts';

try {
  const config = configFromEnv();
  const server = await startServer(config);
  process.stdout.write(`\nOneGo 一件事一次办 is running at ${server.url}  (database: ${databaseName(config.database)}${config.devLogin ? ', dev login on' : ''})\n\n`);
  const stop = (signal: string) => {
    process.stdout.write(`\n${signal}: stopping after the requests in flight…\n`);
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
} catch (error) {
  process.stderr.write(`OneGo could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
