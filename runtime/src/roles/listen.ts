// An HTTP server listening on host:port (port 0: any free one), once it listens.
import { createServer, type RequestListener, type Server } from 'node:http';

export function listen(handler: RequestListener, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer(handler);
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
