// Dev mode (ONEGO_DEV_LOGIN=1 without ONEGO_DATA_SOURCE_URL): the example data provider of
// <examples>/data-provider/server.ts, started in this process on a free loopback port, so that `npm start`
// shows prefill and waived materials with the sample applicants. Loaded at run time from the examples
// folder (the runtime does not depend on examples/ otherwise); missing, it is simply not started.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface ExampleDataProvider {
  url: string;
  resolveUrl: string;
  close(): Promise<void>;
}

interface ProviderModule {
  startDataProvider(options: { host?: string; port?: number }): Promise<ExampleDataProvider>;
}

export async function startExampleDataProvider(examplesDir: string): Promise<ExampleDataProvider | undefined> {
  const file = path.resolve(examplesDir, 'data-provider', 'server.ts');
  if (!existsSync(file)) return undefined;
  const module = (await import(pathToFileURL(file).href)) as ProviderModule;
  return module.startDataProvider({ host: '127.0.0.1', port: 0 });
}
