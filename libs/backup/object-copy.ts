import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, rename, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Client } from 'minio';
import type { BackupTarget } from './backup-record.js';

/** The SHA-256 of a file, read as a stream. */
export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

/** Every key in the bucket, in S3's order. */
export async function listKeys(client: Client, bucket: string): Promise<Array<{ key: string; size: number }>> {
  const keys: Array<{ key: string; size: number }> = [];
  for await (const item of client.listObjectsV2(bucket, '', true) as AsyncIterable<{ name?: string; size: number }>) {
    if (item.name) keys.push({ key: item.name, size: item.size });
  }
  return keys;
}

/**
 * Copies into the target the objects it does not hold yet and returns key → SHA-256 for all of them.
 * Objects are immutable and their keys never reused, so a key the target holds is the same object:
 * its hash comes from `known` (the previous backup's manifest), or is read from the copy there.
 */
export async function copyNewObjects(
  client: Client,
  bucket: string,
  target: BackupTarget,
  known: Record<string, string>,
  progress?: (doneBytes: number, totalBytes: number) => void,
): Promise<{ manifest: Record<string, string>; bytes: number; copied: number; copiedBytes: number }> {
  const keys = await listKeys(client, bucket);
  const total = keys.reduce((sum, item) => sum + item.size, 0);
  const manifest: Record<string, string> = {};
  let done = 0;
  let copied = 0;
  let copiedBytes = 0;
  for (const { key, size } of keys) {
    const path = target.objectPath(key);
    if (existsSync(path) && known[key]) manifest[key] = known[key];
    else if (existsSync(path)) manifest[key] = await sha256OfFile(path);
    else {
      manifest[key] = await download(client, bucket, key, path);
      copied += 1;
      copiedBytes += (await stat(path)).size;
    }
    done += size;
    progress?.(done, total);
  }
  return { manifest, bytes: total, copied, copiedBytes };
}

/** Streams one object into `path` (through a temporary name) and returns its SHA-256. */
async function download(client: Client, bucket: string, key: string, path: string): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  const hash = createHash('sha256');
  const partial = `${path}.partial`;
  const hashing = new Transform({
    transform(chunk: Buffer, _encoding, next) {
      hash.update(chunk);
      next(null, chunk);
    },
  });
  await pipeline(await client.getObject(bucket, key), hashing, createWriteStream(partial));
  await rename(partial, path);
  return hash.digest('hex');
}
