import { rm } from 'node:fs/promises';
import type { EmbeddedPostgresHandle, EmbeddedS3Handle } from '../../libs/embedded/index.js';

export default async function globalTeardown(): Promise<void> {
  const services = (globalThis as Record<string, unknown>).__spisTestServices as
    | { pg: EmbeddedPostgresHandle; s3: EmbeddedS3Handle; dataDir: string }
    | undefined;
  if (!services) return;
  await services.s3.stop();
  await services.pg.stop();
  await rm(services.dataDir, { recursive: true, force: true });
}
