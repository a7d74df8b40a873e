import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { DomainError } from '../shared/errors.js';
import { isMissingObject, ObjectStorage, ObjectWriter, PART_SIZE } from '../storage/index.js';
import { detectContentType, type AcceptedType } from './content-type.js';
import { displayFilename } from './filename.js';
import type { IncomingFile } from './multipart.js';

/** An object written for an attachment version, described by what was measured while it streamed. */
export interface StoredObject {
  key: string;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
}

export const storageUnavailable = () => new DomainError(HttpStatus.SERVICE_UNAVAILABLE, 'STORAGE_UNAVAILABLE');
export const typeNotAllowed = () => new DomainError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'ATTACHMENT_TYPE_NOT_ALLOWED');

/**
 * The attachments' objects in the bucket. Keys are made here, `cases/<case id>/<random uuid>`,
 * never from anything a client sends, and an object is never overwritten: a new version is a new key.
 */
@Injectable()
export class AttachmentObjects {
  private readonly logger = new Logger(AttachmentObjects.name);

  constructor(readonly storage: ObjectStorage) {}

  /** Fails fast with 503 when the bucket does not answer, before an upload's body is read. */
  async assertAvailable(): Promise<void> {
    await this.storage.ensureBucket().catch((error: Error) => {
      this.logger.warn({ err: error.message }, 'object storage unavailable');
      throw storageUnavailable();
    });
  }

  /**
   * Streams `file` into a new object of case `caseId`, hashing and counting as it goes. The type is
   * decided from the first part (up to 5 MiB, or the whole file when smaller) before anything is
   * written; a refused type stores nothing. On any failure nothing is left under the key.
   */
  async store(caseId: string, file: IncomingFile): Promise<StoredObject> {
    const key = `cases/${caseId}/${randomUUID()}`;
    const hash = createHash('sha256');
    let size = 0;
    let head: Buffer[] = [];
    let type: AcceptedType | undefined;
    let writer: ObjectWriter | undefined;
    const begin = async () => {
      const first = Buffer.concat(head);
      head = [];
      type = detectContentType(first) ?? undefined;
      if (!type) throw typeNotAllowed();
      writer = new ObjectWriter(this.storage.client, this.storage.bucket, key, type.contentType);
      await this.storageCall(() => writer!.write(first));
    };
    try {
      for await (const chunk of file.chunks) {
        hash.update(chunk);
        size += chunk.length;
        if (writer) {
          await this.storageCall(() => writer!.write(chunk));
          continue;
        }
        head.push(chunk);
        if (size >= PART_SIZE) await begin();
      }
      if (!writer) await begin();
      await this.storageCall(() => writer!.finish());
    } catch (error) {
      await writer?.abort().catch((abortError: Error) => this.logger.warn({ err: abortError.message, key }, 'could not remove a partly stored object; the sweep will'));
      throw error;
    }
    return { key, filename: displayFilename(file.filename, type!), contentType: type!.contentType, size, sha256: hash.digest('hex') };
  }

  /** Removes an object whose row could not be written; on failure the sweep finds it later. */
  async removeQuietly(key: string): Promise<void> {
    await this.storage.client.removeObject(this.storage.bucket, key).catch((error: Error) => {
      this.logger.warn({ err: error.message, key }, 'could not remove an object without a row; the sweep will');
    });
  }

  /** The object's bytes as storage sends them; `null` when storage says the object is not there. */
  async open(key: string): Promise<{ body: Readable; size: number } | null> {
    try {
      const body = (await this.storage.client.getObject(this.storage.bucket, key)) as Readable & { headers?: Record<string, string> };
      return { body, size: Number(body.headers?.['content-length'] ?? Number.NaN) };
    } catch (error) {
      if (isMissingObject(error)) return null;
      throw this.unavailable(error);
    }
  }

  /** A time-limited link straight to storage, answering with the given type and download name. */
  async presignedLink(key: string, seconds: number, now: Date, headers: { contentType: string; contentDisposition: string }): Promise<string> {
    return this.storageCall(() =>
      this.storage.client.presignedGetObject(
        this.storage.bucket,
        key,
        seconds,
        { 'response-content-type': headers.contentType, 'response-content-disposition': headers.contentDisposition },
        now,
      ),
    );
  }

  /** Runs a storage call; a failure of storage itself becomes 503 STORAGE_UNAVAILABLE. */
  private async storageCall<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      throw this.unavailable(error);
    }
  }

  private unavailable(error: unknown): DomainError {
    if (error instanceof DomainError) return error;
    this.logger.error({ err: error instanceof Error ? error.message : String(error) }, 'object storage call failed');
    return storageUnavailable();
  }
}
