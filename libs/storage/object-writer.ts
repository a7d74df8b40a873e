import type { Client } from 'minio';

/** S3's smallest part but the last; also the most an upload holds in memory at a time. */
export const PART_SIZE = 5 * 1024 * 1024;

/** An S3 answer saying the object is not there (as opposed to storage not answering). */
export function isMissingObject(error: unknown): boolean {
  const code = (error as { code?: string })?.code;
  return code === 'NoSuchKey' || code === 'NotFound';
}

/**
 * Writes one object from chunks that arrive in order, never holding more than about one part in
 * memory: an object up to one part is sent in a single PUT; a larger one as an S3 multipart upload,
 * part by part, as the parts fill. `write` waits while a part is being sent, which is what slows the
 * sender down (back-pressure) instead of buffering.
 *
 * The client's own multipart calls are used rather than `putObject` with a stream, because that
 * first lists unfinished uploads, which the embedded S3 endpoint does not implement.
 */
export class ObjectWriter {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private uploadId: string | undefined;
  private readonly parts: Array<{ part: number; etag: string }> = [];
  private stored = false;

  constructor(
    private readonly client: Client,
    private readonly bucket: string,
    readonly key: string,
    private readonly contentType: string,
  ) {}

  async write(chunk: Buffer): Promise<void> {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes >= PART_SIZE) await this.sendPart();
  }

  /** Sends what is left and makes the object visible under its key. */
  async finish(): Promise<void> {
    if (this.uploadId === undefined) {
      const data = this.takePending();
      await this.client.putObject(this.bucket, this.key, data, data.length, { 'Content-Type': this.contentType });
    } else {
      if (this.pendingBytes > 0) await this.sendPart();
      await this.client.completeMultipartUpload(this.bucket, this.key, this.uploadId, this.parts);
    }
    this.stored = true;
  }

  /**
   * Leaves nothing behind, as far as storage lets it: the stored object is removed, an unfinished
   * multipart upload aborted (storage that refuses is left to expire it; no object exists meanwhile).
   */
  async abort(): Promise<void> {
    this.pending = [];
    if (this.stored) await this.client.removeObject(this.bucket, this.key);
    else if (this.uploadId !== undefined) await this.client.abortMultipartUpload(this.bucket, this.key, this.uploadId).catch(() => undefined);
  }

  private takePending(): Buffer {
    const data = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    return data;
  }

  private async sendPart(): Promise<void> {
    this.uploadId ??= await this.client.initiateNewMultipartUpload(this.bucket, this.key, { 'Content-Type': this.contentType });
    const part = this.parts.length + 1;
    const data = this.takePending();
    const { etag } = await this.client.uploadPart({ bucketName: this.bucket, objectName: this.key, uploadID: this.uploadId, partNumber: part, headers: {} }, data);
    this.parts.push({ part, etag });
  }
}
