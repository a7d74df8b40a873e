import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Does a large upload stay out of the server's memory? Starts the real server (`dist/apps/api/main.js`,
 * embedded PostgreSQL and S3, like `npm start`), streams a file of SIZE (default 1 GiB, generated on
 * the fly, never held whole here either) to `POST /api/cases/:id/attachments`, downloads it back,
 * and samples the server's resident memory (VmRSS, Linux) every 50 ms before, during and after.
 * `node dist/bench/upload-memory.js [MiB]`. The embedded S3 endpoint runs inside the server process,
 * so its own work is in the numbers too.
 */
const MIB = 1024 * 1024;
const SIZE = Number(process.argv[2] ?? 1024) * MIB;
const BLOCK = 1 * MIB;
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });

const rssMiB = (pid: number) => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Number(line?.split(/\s+/)[1] ?? 0) / 1024;
};

/** Samples the server's RSS until stopped; returns the peak and the last sample. */
function sampler(pid: number) {
  let peak = 0;
  let last = 0;
  const timer = setInterval(() => {
    last = rssMiB(pid);
    peak = Math.max(peak, last);
  }, 50);
  return {
    stop() {
      clearInterval(timer);
      last = rssMiB(pid);
      return { peak: Math.max(peak, last), last };
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function startServer(port: number, dataDir: string): Promise<ChildProcess> {
  const [pgPort, s3Port] = [await freePort(), await freePort()];
  const child = spawn(process.execPath, [join(root, 'dist', 'apps', 'api', 'main.js')], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), EMBEDDED_S3_PORT: String(s3Port), LOG_LEVEL: 'warn', SPIS_MAX_UPLOAD_BYTES: String(2 * SIZE) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Spis is running')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code} before it was ready`)));
  });
  return child;
}

async function api<T>(port: number, method: string, path: string, body?: unknown, token?: string): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await response.json()) as T;
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

/** Streams SIZE bytes (a PNG signature, then pseudo-random blocks) as a chunked multipart upload. */
interface Uploaded {
  status: number;
  body: { id: string; sha256: string; size: number };
  sha256: string;
}

function upload(port: number, token: string, caseId: string): Promise<Uploaded> {
  const boundary = 'spis-bench-boundary';
  const hash = createHash('sha256');
  const block = randomBytes(BLOCK);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(block);
  return new Promise((resolve, reject) => {
    const req = request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: `/api/cases/${caseId}/attachments`,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': `multipart/form-data; boundary=${boundary}`, 'Transfer-Encoding': 'chunked' },
    });
    req.on('error', reject);
    req.on('response', (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text), sha256: hash.digest('hex') }));
    });
    req.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="veliki sken.png"\r\nContent-Type: image/png\r\n\r\n`);
    let sent = 0;
    const pump = () => {
      while (sent < SIZE) {
        // Vary each block a little so the file is not one block repeated.
        block.writeUInt32LE(sent / BLOCK, 8);
        const chunk = block.subarray(0, Math.min(BLOCK, SIZE - sent));
        hash.update(chunk);
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      req.end(`\r\n--${boundary}--\r\n`);
    };
    pump();
  });
}

/** Downloads the attachment, hashing as it arrives. */
async function download(port: number, token: string, id: string): Promise<{ size: number; sha256: string }> {
  const response = await fetch(`http://127.0.0.1:${port}/api/attachments/${id}/content`, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok || !response.body) throw new Error(`download: ${response.status}`);
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { size, sha256: hash.digest('hex') };
}

async function main(): Promise<void> {
  if (!Number.isFinite(SIZE) || SIZE < MIB) throw new Error('size must be at least 1 MiB');
  // Under the work tree like the tests' data: the embedded PostgreSQL must be able to reach it.
  const dataDir = join(root, '.data', `bench-upload-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  const port = await freePort();
  const server = await startServer(port, dataDir);
  try {
    const pid = server.pid!;
    const { accessToken } = await api<{ accessToken: string }>(port, 'POST', '/api/auth/login', { username: 'registry', password: 'demo' });
    const units = await api<{ items: Array<{ id: string; code: string }> }>(port, 'GET', '/api/org-units?pageSize=200', undefined, accessToken);
    const unit = units.items.find((u) => u.code === '04')!;
    const registered = await api<{ id: string }>(port, 'POST', '/api/cases', { classificationCode: '351', orgUnitId: unit.id, subject: 'Benchmark: large scan', party: { name: 'Bench Party' }, receivedVia: 'counter' }, accessToken);

    const idle = sampler(pid);
    await sleep(2000);
    const before = idle.stop();

    const during = sampler(pid);
    const started = performance.now();
    const uploaded = await upload(port, accessToken, registered.id);
    const uploadSeconds = (performance.now() - started) / 1000;
    const up = during.stop();
    if (uploaded.status !== 201) throw new Error(`upload answered ${uploaded.status}: ${JSON.stringify(uploaded.body)}`);

    const reading = sampler(pid);
    const downloadStarted = performance.now();
    const back = await download(port, accessToken, uploaded.body.id);
    const downloadSeconds = (performance.now() - downloadStarted) / 1000;
    const down = reading.stop();

    const fixed = (n: number, digits = 0) => n.toFixed(digits);
    const cpus = os.cpus();
    const report = `# Upload memory benchmark

A ${fixed(SIZE / MIB)} MiB file streamed as a chunked multipart upload to the real server
(\`dist/apps/api/main.js\` with embedded PostgreSQL and S3, the S3 endpoint running inside the
server process), then downloaded back. Resident memory (VmRSS) of the server process sampled every
50 ms. Run with \`node dist/bench/upload-memory.js [MiB]\`.

| measure | value |
| --- | --- |
| server RSS, idle before (peak) | ${fixed(before.peak)} MiB |
| server RSS, peak during upload | ${fixed(up.peak)} MiB (+${fixed(up.peak - before.peak)} MiB) |
| server RSS, peak during download | ${fixed(down.peak)} MiB (+${fixed(down.peak - before.peak)} MiB) |
| upload | ${fixed(uploadSeconds, 1)} s, ${fixed(SIZE / MIB / uploadSeconds)} MiB/s |
| download (verified against the stored SHA-256 while streaming) | ${fixed(downloadSeconds, 1)} s, ${fixed(SIZE / MIB / downloadSeconds)} MiB/s |
| SHA-256 sent = recorded by the server = downloaded | ${uploaded.sha256 === uploaded.body.sha256 && back.sha256 === uploaded.sha256 ? 'yes' : 'NO'} |
| bytes sent = recorded = downloaded | ${SIZE === uploaded.body.size && back.size === SIZE ? 'yes' : 'NO'} (${SIZE}) |

| machine | |
| --- | --- |
| node | ${process.version} |
| CPU | ${cpus[0]?.model ?? 'unknown'} |
| cores | ${cpus.length} |
| memory | ${fixed(os.totalmem() / 1024 ** 3, 1)} GiB |
| platform | ${os.platform()} ${os.arch()} |
| date | ${new Date().toISOString().slice(0, 10)} |
`;
    const out = join(root, 'bench', 'results', 'upload-memory.md');
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, report);
    process.stdout.write(`${report}\nwritten to ${out}\n`);
  } finally {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
