import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { walArchiveOf, type SpisConfig } from '../config/index.js';
import { startEmbeddedPostgres, startEmbeddedS3 } from '../embedded/index.js';
import type { RuntimeSettings } from './runtime-settings.js';

export interface ResolvedRuntime {
  settings: RuntimeSettings;
  /** What was started here and must be stopped with the process. */
  embedded: string[];
  stop(): Promise<void>;
}

const DATABASE_NAME = 'spis';

/**
 * Decides what this process talks to: the external PostgreSQL and MinIO when configured,
 * otherwise embedded ones started here with their data under DATA_DIR (so a restart keeps it).
 */
export async function resolveRuntime(
  config: SpisConfig,
  log: (line: string) => void,
  warn: (line: string) => void = log,
  /** For the admin commands: share the embedded parts of a Spis running on the same DATA_DIR. */
  options: { attach?: boolean } = {},
): Promise<ResolvedRuntime> {
  const dataDir = resolve(config.DATA_DIR);
  const stops: Array<() => Promise<void>> = [];
  const embedded: string[] = [];
  try {
    let databaseUrl = config.DATABASE_URL;
    if (!databaseUrl) {
      const pg = await startEmbeddedPostgres({
        dataDir: join(dataDir, 'postgres'),
        port: config.EMBEDDED_PG_PORT,
        databases: [DATABASE_NAME],
        notice: warn,
        attach: options.attach,
        walArchive: { dir: walArchiveOf(config), timeoutSeconds: config.BACKUP_WAL_SECONDS },
      });
      stops.push(() => pg.stop());
      embedded.push(`PostgreSQL on 127.0.0.1:${config.EMBEDDED_PG_PORT}`);
      databaseUrl = pg.urlFor(DATABASE_NAME);
    }

    let storage: RuntimeSettings['storage'];
    if (config.MINIO_ENDPOINT) {
      storage = {
        endPoint: config.MINIO_ENDPOINT,
        port: config.MINIO_PORT ?? (config.MINIO_USE_SSL ? 443 : 9000),
        useSSL: config.MINIO_USE_SSL ?? false,
        accessKey: config.MINIO_ACCESS_KEY ?? '',
        secretKey: config.MINIO_SECRET_KEY ?? '',
        bucket: config.MINIO_BUCKET,
      };
    } else {
      const s3 = await startEmbeddedS3({ dataDir: join(dataDir, 'objects'), port: config.EMBEDDED_S3_PORT, attach: options.attach });
      stops.push(() => s3.stop());
      embedded.push(`S3 endpoint on ${s3.endpoint}:${s3.port}`);
      storage = { endPoint: s3.endpoint, port: s3.port, useSSL: false, accessKey: s3.accessKey, secretKey: s3.secretKey, bucket: config.MINIO_BUCKET };
    }

    const jwtSecret = config.JWT_SECRET ?? (await localJwtSecret(dataDir));
    if (!config.JWT_SECRET) log(`JWT_SECRET not set: using the generated one kept in ${join(dataDir, 'jwt-secret')}`);
    const stopAll = async () => {
      for (const stop of stops.reverse()) await stop().catch(() => undefined);
    };
    return {
      settings: { config, databaseUrl, storage, jwtSecret, demoMode: config.demoMode },
      embedded,
      stop: stopAll,
    };
  } catch (error) {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    throw error;
  }
}

/** Outside production a secret is generated once and kept, so sessions survive restarts. */
async function localJwtSecret(dataDir: string): Promise<string> {
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  await mkdir(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}
