import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { Client } from 'minio';
import { join, resolve } from 'node:path';
import { IncompleteUploads } from './incomplete-uploads.js';
import { RUNTIME_SETTINGS, type RuntimeSettings } from '../runtime/index.js';

const PING_TIMEOUT_MS = 3000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The S3 bucket where scanned attachments live: MinIO in production, the embedded endpoint by
 * default. Start-up does not fail when storage is down; the rest of Spis keeps working.
 */
@Injectable()
export class ObjectStorage implements OnModuleInit {
  private readonly logger = new Logger(ObjectStorage.name);
  readonly client: Client;
  readonly bucket: string;
  /** Multipart uploads never finished, for the sweep. */
  readonly incompleteUploads: IncompleteUploads;
  private bucketReady = false;

  constructor(@Inject(RUNTIME_SETTINGS) settings: RuntimeSettings) {
    const { endPoint, port, useSSL, accessKey, secretKey, bucket } = settings.storage;
    this.client = new Client({ endPoint, port, useSSL, accessKey, secretKey, pathStyle: true });
    this.bucket = bucket;
    // The embedded endpoint (no MINIO_ENDPOINT) keeps its data under DATA_DIR/objects, uploads in a folder of each bucket's.
    const embeddedUploadsDir = settings.config.MINIO_ENDPOINT === undefined ? join(resolve(settings.config.DATA_DIR), 'objects', bucket, '._S3rver_uploads') : null;
    this.incompleteUploads = new IncompleteUploads(this.client, bucket, embeddedUploadsDir);
  }

  async onModuleInit(): Promise<void> {
    try {
      await this.ensureBucket();
    } catch (error) {
      this.logger.warn({ err: (error as Error).message }, 'object storage not reachable at start-up');
    }
  }

  /** Creates the bucket on first use; later calls are free. */
  async ensureBucket(): Promise<void> {
    if (this.bucketReady) return;
    const exists = await withTimeout(this.client.bucketExists(this.bucket), PING_TIMEOUT_MS);
    if (!exists) await withTimeout(this.client.makeBucket(this.bucket), PING_TIMEOUT_MS);
    this.bucketReady = true;
  }

  /** Whether the bucket answers now. */
  async ping(): Promise<void> {
    await withTimeout(this.client.bucketExists(this.bucket), PING_TIMEOUT_MS).then((exists) => {
      if (!exists) throw new Error(`bucket ${this.bucket} does not exist`);
    });
  }
}
