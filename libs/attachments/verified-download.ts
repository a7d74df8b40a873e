import { createHash, type Hash } from 'node:crypto';
import { Transform, type Readable, type TransformCallback } from 'node:stream';

/** What the database says a stored version is. */
export interface ExpectedContent {
  size: number;
  sha256: string;
}

/** How the bytes storage sent differ from what was stored. */
export interface IntegrityFailure {
  expectedSize: number;
  expectedSha256: string;
  /** Bytes received (for a too-long object: as far as it was read). */
  actualSize: number;
  actualSha256: string | null;
}

export class IntegrityError extends Error {
  constructor(readonly failure: IntegrityFailure) {
    super(`stored object differs from its record: ${failure.actualSize} bytes / ${failure.actualSha256 ?? '…'} instead of ${failure.expectedSize} / ${failure.expectedSha256}`);
    this.name = 'IntegrityError';
  }
}

/** Up to this size a download is read and checked whole before its first byte is sent. */
export const VERIFY_BEFORE_SENDING_BYTES = 1024 * 1024;

function check(expected: ExpectedContent, size: number, hash: Hash): void {
  const sha256 = hash.digest('hex');
  if (size !== expected.size || sha256 !== expected.sha256) {
    throw new IntegrityError({ expectedSize: expected.size, expectedSha256: expected.sha256, actualSize: size, actualSha256: sha256 });
  }
}

const tooLong = (expected: ExpectedContent, size: number) =>
  new IntegrityError({ expectedSize: expected.size, expectedSha256: expected.sha256, actualSize: size, actualSha256: null });

/** Reads a small object whole and checks it; throws IntegrityError before anything is sent. */
export async function readVerified(body: Readable, expected: ExpectedContent): Promise<Buffer> {
  const hash = createHash('sha256');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > expected.size) {
      body.destroy();
      throw tooLong(expected, size);
    }
    hash.update(chunk);
    chunks.push(chunk);
  }
  check(expected, size, hash);
  return Buffer.concat(chunks, size);
}

/**
 * Passes the bytes on one chunk late, hashing them. The last chunk goes out only when the count and
 * the SHA-256 match the record; otherwise the stream fails instead. Headers (with Content-Length)
 * are sent before the end is known, so a mismatch cannot become an error status any more: the
 * response is cut short of its declared length, which every HTTP client reports as a failed
 * download, and a client never receives a complete file that differs from the one stored.
 */
export class HoldBackVerifier extends Transform {
  private readonly hash = createHash('sha256');
  private size = 0;
  private held: Buffer | undefined;

  constructor(private readonly expected: ExpectedContent) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.expected.size) return done(tooLong(this.expected, this.size));
    this.hash.update(chunk);
    const previous = this.held;
    this.held = chunk;
    done(null, previous);
  }

  override _flush(done: TransformCallback): void {
    try {
      check(this.expected, this.size, this.hash);
    } catch (error) {
      return done(error as Error);
    }
    done(null, this.held);
  }
}
