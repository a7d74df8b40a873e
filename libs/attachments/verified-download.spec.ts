import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { PassThrough, Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { HoldBackVerifier, IntegrityError, readVerified, type ExpectedContent } from './verified-download.js';

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const STORED = Buffer.from('%PDF-1.7 stored bytes of a scanned decision, several chunks long');
const EXPECTED: ExpectedContent = { size: STORED.length, sha256: sha256(STORED) };

/** The bytes storage answers with, in chunks of 7 bytes. */
const chunked = (data: Buffer) => Readable.from(Array.from({ length: Math.ceil(data.length / 7) }, (_, i) => data.subarray(i * 7, i * 7 + 7)));

const flipped = Buffer.from(STORED);
flipped[10] ^= 0x01;

const SERVED: Array<[what: string, served: Buffer, failure: Partial<IntegrityError['failure']> | null]> = [
  ['the stored bytes', STORED, null],
  ['one bit flipped', flipped, { actualSize: STORED.length, actualSha256: sha256(flipped) }],
  ['the last byte missing', STORED.subarray(0, -1), { actualSize: STORED.length - 1 }],
  ['one byte too many', Buffer.concat([STORED, Buffer.from('!')]), { actualSize: STORED.length + 1, actualSha256: null }],
  ['another file of the same size', Buffer.alloc(STORED.length, 0x41), { actualSize: STORED.length }],
];

/** What a client receives through the verifier, and how the stream ended. */
async function throughVerifier(served: Buffer) {
  const received: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      received.push(chunk);
      done();
    },
  });
  const error = await pipeline(chunked(served), new HoldBackVerifier(EXPECTED), sink).then(() => null, (failure: unknown) => failure);
  return { received: Buffer.concat(received), error };
}

describe('HoldBackVerifier (large downloads, headers already sent)', () => {
  it.each(SERVED)('serving %s', async (_what, served, failure) => {
    const { received, error } = await throughVerifier(served);
    if (failure === null) {
      expect(error).toBeNull();
      expect(received.equals(STORED)).toBe(true);
    } else {
      expect(error).toBeInstanceOf(IntegrityError);
      expect((error as IntegrityError).failure).toMatchObject({ expectedSize: EXPECTED.size, expectedSha256: EXPECTED.sha256, ...failure });
      // The client never holds a complete file: it gets less than the declared length.
      expect(received.length).toBeLessThan(EXPECTED.size);
    }
  });

  it('holds back no more than one chunk', async () => {
    const source = new PassThrough();
    const verifier = new HoldBackVerifier(EXPECTED);
    const out: Buffer[] = [];
    verifier.on('data', (chunk: Buffer) => out.push(chunk));
    source.pipe(verifier);
    source.write(STORED.subarray(0, 10));
    source.write(STORED.subarray(10, 20));
    await new Promise((resolve) => setImmediate(resolve));
    expect(Buffer.concat(out).equals(STORED.subarray(0, 10))).toBe(true);
  });
});

describe('readVerified (small downloads, checked before headers)', () => {
  it.each(SERVED)('serving %s', async (_what, served, failure) => {
    const result = readVerified(chunked(served), EXPECTED);
    if (failure === null) expect((await result).equals(STORED)).toBe(true);
    else await expect(result).rejects.toMatchObject({ name: 'IntegrityError', failure: expect.objectContaining(failure) });
  });
});
