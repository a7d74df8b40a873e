import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { TestApp } from './test-app.js';

const SPIS = resolve('bin/spis.js');

/** `npx spis …` as an operator runs it: its stdout, stderr and exit code; `stdin` is piped in when given. */
export function spis(args: string[], env: Record<string, string>, stdin?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [SPIS, ...args], { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env }, stdio: [stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  if (stdin !== undefined) child.stdin!.end(stdin);
  return new Promise((done) => child.on('close', (code) => done({ code, stdout, stderr })));
}

/** The settings of a test instance, as an operator's environment would give them to `spis`. */
export function environmentOf(app: TestApp): Record<string, string> {
  const { databaseUrl, storage, jwtSecret } = app.settings;
  return {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    MINIO_ENDPOINT: storage.endPoint,
    MINIO_PORT: String(storage.port),
    MINIO_ACCESS_KEY: storage.accessKey,
    MINIO_SECRET_KEY: storage.secretKey,
    MINIO_BUCKET: storage.bucket,
    JWT_SECRET: jwtSecret,
  };
}
