// Dev mode (ONEGO_DEV_LOGIN=1 without ONEGO_PAYMENT_URL): the example payment platform of
// <examples>/payment-provider/server.ts, started in this process on a free loopback port like the example
// data provider and issuing system, so that `npm start` can take fees. Missing, it is not started. It
// shares a secret with this process (made at start unless ONEGO_PAYMENT_TOKEN is set): OneGo presents it on
// its calls, the platform on its callback, which it is told once the server listens (notifyTo).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface ExamplePaymentProvider {
  apiUrl: string;
  /** Where it notifies an order paid (this server's POST /api/payments/notifications). */
  notifyTo(callbackUrl: string): void;
  close(): Promise<void>;
}

interface ProviderModule {
  startPaymentProvider(options: { host?: string; port?: number; token?: string }): Promise<ExamplePaymentProvider>;
}

export async function startExamplePaymentProvider(examplesDir: string, token: string): Promise<ExamplePaymentProvider | undefined> {
  const file = path.resolve(examplesDir, 'payment-provider', 'server.ts');
  if (!existsSync(file)) return undefined;
  const module = (await import(pathToFileURL(file).href)) as ProviderModule;
  return module.startPaymentProvider({ host: '127.0.0.1', port: 0, token });
}
