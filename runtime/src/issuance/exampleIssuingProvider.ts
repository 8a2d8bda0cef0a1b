// Dev mode (ONEGO_DEV_LOGIN=1 without ONEGO_ISSUING_URL): the example issuing system of
// <examples>/issuing-provider/server.ts, started in this process on a free loopback port like the example
// data provider, so that `npm start` issues numbered certificates and e-licences. Missing, it is not started.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface ExampleIssuingProvider {
  issueUrl: string;
  close(): Promise<void>;
}

interface ProviderModule {
  startIssuingProvider(options: { host?: string; port?: number }): Promise<ExampleIssuingProvider>;
}

export async function startExampleIssuingProvider(examplesDir: string): Promise<ExampleIssuingProvider | undefined> {
  const file = path.resolve(examplesDir, 'issuing-provider', 'server.ts');
  if (!existsSync(file)) return undefined;
  const module = (await import(pathToFileURL(file).href)) as ProviderModule;
  return module.startIssuingProvider({ host: '127.0.0.1', port: 0 });
}
