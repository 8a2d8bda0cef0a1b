// Requests Node's HTTP parser refuses before Koa sees them — a malformed request line or header, headers
// over the size limit, a request not received in time — answered like every other error: JSON
// {code, message} (in Chinese, the API's default: the request's own headers were not read), then the
// connection closed. Node's default answer is an empty body.
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { errorMessage } from './errorMessages.ts';

const ANSWERS: Record<string, [status: number, reason: string, detail: string]> = {
  HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large', 'the request headers exceed 16 KB'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout', 'the request was not received in time'],
};

export function answerMalformedRequests(server: Server, log: Logger): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // Nothing to answer to a connection the client closed.
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const [status, reason, detail] = ANSWERS[error.code ?? ''] ?? [400, 'Bad Request', 'the HTTP request is malformed'];
    const body = JSON.stringify({ code: 'BAD_REQUEST', message: errorMessage('BAD_REQUEST', { detail }, 'zh') });
    log.debug({ code: error.code, status }, 'malformed request');
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
