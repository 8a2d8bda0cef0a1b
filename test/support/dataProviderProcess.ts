// Test support: the example data provider (examples/data-provider/server.ts) as its own process, as
// `npx tsx examples/data-provider/server.ts` runs it, on a free loopback port; stop() ends it.
import { spawn, type ChildProcess } from 'node:child_process';

export interface DataProviderProcess {
  url: string;
  /** What ONEGO_DATA_SOURCE_URL points at. */
  resolveUrl: string;
  process: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export async function startDataProviderProcess(env: Record<string, string> = {}): Promise<DataProviderProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'examples/data-provider/server.ts'], {
    env: { ...process.env, DATA_PROVIDER_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error(`the data provider did not start:\n${output}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /is running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timeout);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timeout);
      reject(new Error(`the data provider exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    resolveUrl: `${url}/resolve`,
    process: child,
    stop(signal: NodeJS.Signals = 'SIGTERM') {
      return new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) {
          resolve(child.exitCode);
          return;
        }
        child.once('exit', (code) => resolve(code));
        child.kill(signal);
      });
    },
  };
}
