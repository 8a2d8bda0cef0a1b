// Regression (issue 17, finding 1): an upload interrupted by the client left its temp file and a file
// handle open until restart — 240 of them exhausted a 256-handle server. Here 100 uploads are cut off
// mid-file, each after the server has begun writing its temp file; afterwards the server process holds
// as many handles as before, no temp file is left, it still answers, and it printed no stack trace.
import { readdirSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newbornSample, type SubmitResponse } from '../support/applicationViews.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { tinyPng } from '../support/uploadFiles.ts';

let server: ServerProcess;
let citizen: string;
let applicationId: string;

const tempFiles = () => readdirSync(path.join(server.dataDir, 'blobs', 'tmp'));
const openHandles = () => readdirSync(`/proc/${server.process.pid}/fd`).length;

async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Starts an upload that announces 4 MB and sends the part head and 64 KB of the file only. */
function startUpload(): Promise<Socket> {
  const { port, hostname } = new URL(server.url);
  const boundary = '----onego-abort';
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="scan.png"\r\nContent-Type: image/png\r\n\r\n`);
  const firstBytes = Buffer.concat([tinyPng(9), Buffer.alloc(64 * 1024, 1)]);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(
        [
          `POST /api/applications/${applicationId}/materials/household-register HTTP/1.1`,
          `Host: ${hostname}:${port}`,
          `Authorization: Bearer ${citizen}`,
          `Content-Type: multipart/form-data; boundary=${boundary}`,
          `Content-Length: ${4 * 1024 * 1024}`,
          '',
          '',
        ].join('\r\n'),
      );
      socket.write(Buffer.concat([head, firstBytes]), () => resolve(socket));
    });
    socket.once('error', reject);
  });
}

beforeAll(async () => {
  server = await startServerProcess({ ONEGO_LOG_LEVEL: 'info' });
  const api = client(server.url);
  citizen = await api.login('citizen', 'citizen-abort');
  const created = await api.post<SubmitResponse>('/api/applications', { bundleId: 'henan-newborn', ...newbornSample('valid-single-birth') }, citizen, { 'idempotency-key': 'abort-1' });
  expect(created.status).toBe(201);
  applicationId = created.body.id;
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

describe('uploads cut off by the client', () => {
  it('leave no open handle and no temp file behind (100 aborted uploads)', async () => {
    const api = client(server.url);
    // Settle the server (connection pools, lazily opened files) before counting.
    expect((await api.get('/health')).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const handlesBefore = openHandles();
    expect(tempFiles()).toEqual([]);
    const outputBefore = server.output().length;

    for (let round = 0; round < 10; round++) {
      const sockets = await Promise.all(Array.from({ length: 10 }, () => startUpload()));
      // The server has begun writing each of them to a temp file.
      await waitFor(() => tempFiles().length === 10, 'ten temp files');
      for (const socket of sockets) socket.destroy();
      await waitFor(() => tempFiles().length === 0, 'the temp files to be removed');
    }

    // Handles close shortly after the sockets; a leak of one per upload would be 100 more.
    await waitFor(() => openHandles() <= handlesBefore + 2, `handles back to ${handlesBefore} (now ${openHandles()})`);
    expect(tempFiles()).toEqual([]);
    expect((await api.get('/health')).status).toBe(200);

    // What the server printed meanwhile is JSON log lines only: no stack trace.
    const printed = server.output().slice(outputBefore).split('\n').filter((line) => line.trim() !== '');
    const notJson = printed.filter((line) => {
      try {
        JSON.parse(line);
        return false;
      } catch {
        return true;
      }
    });
    expect(notJson).toEqual([]);
    expect(printed.join('\n')).not.toMatch(/\n\s+at /);
  }, 120_000);

  it('the server still takes a whole upload and stops on SIGTERM', async () => {
    const { uploadFile } = await import('../support/uploadFiles.ts');
    const response = await uploadFile(server.url, applicationId, 'household-register', { content: tinyPng(10), filename: 'ok.png' }, citizen);
    expect(response.status).toBe(201);
    expect(await server.stop('SIGTERM')).toBe(0);
  }, 30_000);
});
