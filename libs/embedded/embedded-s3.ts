import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import S3rver from 's3rver';
import { assertPortFree } from './free-port.js';

export interface EmbeddedS3Handle {
  endpoint: string;
  port: number;
  accessKey: string;
  secretKey: string;
  stop(): Promise<void>;
}

/**
 * Starts a local S3-compatible endpoint (s3rver) storing objects under `dataDir`. Used when
 * MINIO_ENDPOINT is not set, and by the tests; production talks to a real MinIO.
 */
export async function startEmbeddedS3(options: { dataDir: string; port: number; attach?: boolean }): Promise<EmbeddedS3Handle> {
  await mkdir(options.dataDir, { recursive: true });
  if (options.port !== 0) {
    const taken = await assertPortFree(options.port, '127.0.0.1', 'EMBEDDED_S3_PORT', 'the embedded S3 endpoint').then(() => null, (error: Error) => error);
    // The admin commands use the endpoint a running Spis serves on that port.
    if (taken && options.attach) return { endpoint: '127.0.0.1', port: options.port, accessKey: 'S3RVER', secretKey: 'S3RVER', stop: async () => undefined };
    if (taken) throw taken;
  }
  const server = new S3rver({
    address: '127.0.0.1',
    port: options.port,
    directory: options.dataDir,
    silent: true,
    resetOnClose: false,
  });
  const address = (await server.run()) as AddressInfo;
  return {
    endpoint: '127.0.0.1',
    port: address.port,
    // s3rver accepts exactly this key pair.
    accessKey: 'S3RVER',
    secretKey: 'S3RVER',
    stop: () => server.close(),
  };
}
