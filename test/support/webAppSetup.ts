// vitest globalSetup: the browser suites load the web app from the runtime, so designer/dist must be
// current before any test starts (built only when its inputs changed).
import { buildWebApp } from '../../scripts/web-app-build.ts';

export default async function setup(): Promise<void> {
  await buildWebApp({ quiet: true });
}
