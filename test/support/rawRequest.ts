// Test support: a request as bytes on a socket, for what fetch never sends (malformed request lines and
// headers, lengths that lie).
import net from 'node:net';

/** What the server wrote before closing (or within `timeoutMs`): the status and body, or nothing. */
export function sendRaw(baseUrl: string, bytes: Uint8Array, timeoutMs = 3_000): Promise<string> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve) => {
    let out = '';
    const socket = net.connect(Number(port), hostname, () => socket.end(bytes));
    const timer = setTimeout(() => socket.destroy(), timeoutMs);
    socket.on('data', (chunk: Buffer) => (out += chunk.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(out);
    });
  });
}
