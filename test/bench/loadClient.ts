// A lean JSON client for load on loopback: node:http with keep-alive sockets, bodies sent as prepared
// text, every request bounded by a timeout. The socket pool is bounded too; a request waiting for a
// socket is still timed from when it was due (the caller measures), so client-side queueing shows up.
import http from 'node:http';

export interface JsonResponse<T = unknown> {
  status: number;
  body: T;
}

export interface RequestOptions {
  token?: string;
  /** JSON text (prepared once where possible: the generator should cost the machine little). */
  body?: string;
  headers?: Record<string, string>;
}

export class LoadClient {
  private readonly agent: http.Agent;
  private readonly host: string;
  private readonly port: number;
  private readonly timeoutMs: number;

  constructor(baseUrl: string, { maxSockets = 128, timeoutMs = 30_000 }: { maxSockets?: number; timeoutMs?: number } = {}) {
    this.timeoutMs = timeoutMs;
    const url = new URL(baseUrl);
    if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost' && url.hostname !== '[::1]') throw new Error(`load only on loopback, not ${url.hostname}`);
    this.host = url.hostname;
    this.port = Number(url.port);
    this.agent = new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets, scheduling: 'lifo' });
  }

  request<T = unknown>(method: string, path: string, options: RequestOptions = {}): Promise<JsonResponse<T>> {
    const headers: Record<string, string | number> = { accept: 'application/json', ...(options.headers ?? {}) };
    if (options.token) headers['authorization'] = `Bearer ${options.token}`;
    if (options.body !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = Buffer.byteLength(options.body);
    }
    return new Promise((resolve, reject) => {
      const request = http.request({ agent: this.agent, host: this.host, port: this.port, method, path, headers, timeout: this.timeoutMs }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown = text;
          try {
            body = text.length > 0 ? JSON.parse(text) : null;
          } catch {
            // not JSON: keep the text
          }
          resolve({ status: response.statusCode ?? 0, body: body as T });
        });
      });
      request.on('timeout', () => request.destroy(new Error(`${method} ${path} timed out after ${this.timeoutMs} ms`)));
      request.on('error', reject);
      request.end(options.body);
    });
  }

  get<T = unknown>(path: string, token?: string): Promise<JsonResponse<T>> {
    return this.request<T>('GET', path, token ? { token } : {});
  }

  post<T = unknown>(path: string, body: string, token?: string, headers?: Record<string, string>): Promise<JsonResponse<T>> {
    return this.request<T>('POST', path, { body, ...(token ? { token } : {}), ...(headers ? { headers } : {}) });
  }

  /** Dev login; `positions` gives an officer positions (岗位), e.g. 科室负责人, who may claim every step. */
  async login(role: string, subject: string, department?: string, positions?: string[]): Promise<string> {
    const response = await this.post<{ token?: string }>('/api/auth/dev-login', JSON.stringify({ role, subject, ...(department ? { department } : {}), ...(positions ? { positions } : {}) }));
    if (response.status !== 200 || !response.body.token) throw new Error(`dev login failed (${response.status}): ${JSON.stringify(response.body)}`);
    return response.body.token;
  }

  close(): void {
    this.agent.destroy();
  }
}
