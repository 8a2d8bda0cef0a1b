// Dev mode (ONEGO_DEV_LOGIN=1 without ONEGO_SMS_URL and ONEGO_EMAIL_URL): the example SMS and e-mail
// gateway of <examples>/notification-gateway/server.ts, started in this process on a free loopback port
// like the example data provider; it records messages and sends nothing. Missing, it is not started.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface ExampleNotificationGateway {
  url: string;
  smsUrl: string;
  emailUrl: string;
  close(): Promise<void>;
}

interface GatewayModule {
  startNotificationGateway(options: { host?: string; port?: number }): Promise<ExampleNotificationGateway>;
}

export async function startExampleNotificationGateway(examplesDir: string): Promise<ExampleNotificationGateway | undefined> {
  const file = path.resolve(examplesDir, 'notification-gateway', 'server.ts');
  if (!existsSync(file)) return undefined;
  const module = (await import(pathToFileURL(file).href)) as GatewayModule;
  return module.startNotificationGateway({ host: '127.0.0.1', port: 0 });
}
