import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Client } from 'minio';

/** A multipart upload begun and never completed nor aborted: its parts take space, no object exists. */
export interface IncompleteUpload {
  key: string;
  uploadId: string;
  /** When it was last written to (S3: when it began). */
  lastWritten: Date;
  /** The bytes its parts hold. */
  size: number;
}

/**
 * The multipart uploads storage holds unfinished under `prefix`, and their removal. S3 and MinIO list
 * them (ListMultipartUploads) and abort them (AbortMultipartUpload). The embedded endpoint (s3rver)
 * answers 501 to the list and does not implement the abort: there its own uploads folder is read and
 * cleared; `embeddedUploadsDir` is that folder, or null when storage is external.
 */
export class IncompleteUploads {
  constructor(
    private readonly client: Client,
    private readonly bucket: string,
    private readonly embeddedUploadsDir: string | null,
  ) {}

  async list(prefix: string): Promise<IncompleteUpload[]> {
    if (this.embeddedUploadsDir !== null) return this.listFolder(prefix);
    const found: IncompleteUpload[] = [];
    let keyMarker = '';
    let uploadIdMarker = '';
    for (;;) {
      const page = await this.client.listIncompleteUploadsQuery(this.bucket, prefix, keyMarker, uploadIdMarker, '');
      for (const upload of page.uploads) {
        const parts = await (this.client as unknown as { listParts(bucket: string, key: string, uploadId: string): Promise<Array<{ size: number }>> }).listParts(this.bucket, upload.key, upload.uploadId);
        found.push({ key: upload.key, uploadId: upload.uploadId, lastWritten: upload.initiated, size: parts.reduce((sum, part) => sum + part.size, 0) });
      }
      if (!page.isTruncated) return found;
      keyMarker = page.nextKeyMarker;
      uploadIdMarker = page.nextUploadIdMarker;
    }
  }

  async remove(upload: IncompleteUpload): Promise<void> {
    if (this.embeddedUploadsDir !== null) await rm(join(this.embeddedUploadsDir, upload.uploadId), { recursive: true, force: true });
    else await this.client.abortMultipartUpload(this.bucket, upload.key, upload.uploadId);
  }

  /** s3rver keeps an upload as a folder named by its id: the key in `key`, each part in a file named by its number. */
  private async listFolder(prefix: string): Promise<IncompleteUpload[]> {
    const ids = await readdir(this.embeddedUploadsDir!).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? [] : Promise.reject(error)));
    const found: IncompleteUpload[] = [];
    for (const uploadId of ids.sort()) {
      const folder = join(this.embeddedUploadsDir!, uploadId);
      const key = await readFile(join(folder, 'key'), 'utf8').catch(() => null);
      if (key === null || !key.startsWith(prefix)) continue;
      let size = 0;
      let lastWritten = 0;
      for (const file of await readdir(folder)) {
        const info = await stat(join(folder, file));
        lastWritten = Math.max(lastWritten, info.mtimeMs);
        if (/^\d+$/.test(file)) size += info.size;
      }
      found.push({ key, uploadId, lastWritten: new Date(lastWritten), size });
    }
    return found;
  }
}
