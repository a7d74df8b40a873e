import { HttpStatus } from '@nestjs/common';
import busboy from 'busboy';
import type { Request } from 'express';
import type { Readable } from 'node:stream';
import { badRequest, DomainError } from '../shared/errors.js';

/** A file as it arrives: its bytes in order, and the name the client gave it (display only). */
export interface IncomingFile {
  chunks: AsyncIterable<Buffer>;
  filename: string | undefined;
}

export interface ReceivedUpload<T> {
  stored: T;
  /** The form's text fields (e.g. `version`), complete whatever their order around the file. */
  fields: Record<string, string>;
}

const MIB = 1024 * 1024;
/** What a multipart body may carry besides the file: boundaries, part headers, a few short fields. */
const ENVELOPE_BYTES = 64 * 1024;
/**
 * After a refusal, the rest of the body is read and thrown away (so the client, still sending, gets
 * the answer rather than a reset connection) — but no more than this; then the connection is cut.
 */
const DISCARD_AT_MOST_BYTES = 16 * MIB;

export const fileRequired = () => badRequest('ATTACHMENT_FILE_REQUIRED', {}, [{ field: 'file', rule: 'multipartFile', message: 'send the file as multipart/form-data in the field "file"' }]);

const malformed = () => badRequest('VALIDATION_FAILED', {}, [{ field: 'file', rule: 'multipart', message: 'the multipart body is malformed or incomplete' }]);

export function formatBytes(bytes: number): string {
  if (bytes >= MIB) return `${Number.isInteger(bytes / MIB) ? bytes / MIB : (bytes / MIB).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${Number.isInteger(bytes / 1024) ? bytes / 1024 : (bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} B`;
}

export const tooLarge = (maxBytes: number) => new DomainError(HttpStatus.PAYLOAD_TOO_LARGE, 'ATTACHMENT_TOO_LARGE', { limit: formatBytes(maxBytes) });

const discarding = new WeakSet<Request>();

/** Stops using the body: what is still coming is read and dropped, up to a bound, then the connection is cut. */
function discardRest(request: Request): void {
  if (discarding.has(request) || request.readableEnded || request.destroyed) return;
  discarding.add(request);
  let dropped = 0;
  request.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > DISCARD_AT_MOST_BYTES) request.socket.destroy();
  });
  request.resume();
}

/** The file's chunks, refusing with 413 the moment they pass `maxBytes` (nothing past it is stored). */
async function* limited(stream: Readable, maxBytes: number): AsyncGenerator<Buffer> {
  let total = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) throw tooLarge(maxBytes);
      yield chunk;
    }
  } catch (error) {
    // The parser fails the file's stream when the body ends early or breaks the multipart format.
    throw error instanceof DomainError ? error : malformed();
  }
}

/**
 * Reads a `multipart/form-data` request whose field `file` holds one file and hands that file to
 * `store` while it arrives: nothing is buffered here, so `store` sees the bytes as they come in and
 * its pace is the pace the body is read at. A body whose declared length already exceeds the limit
 * is refused before any of it is read. When the request fails after `store` finished (a malformed
 * tail of the form), `discard` undoes what `store` did.
 */
export function receiveUpload<T>(
  request: Request,
  maxBytes: number,
  store: (file: IncomingFile) => Promise<T>,
  discard: (stored: T) => Promise<void>,
): Promise<ReceivedUpload<T>> {
  if (!/^multipart\/form-data\b/i.test(request.headers['content-type'] ?? '')) {
    discardRest(request);
    return Promise.reject(fileRequired());
  }
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes + ENVELOPE_BYTES) {
    discardRest(request);
    return Promise.reject(tooLarge(maxBytes));
  }
  let parser: busboy.Busboy;
  try {
    // Browsers send UTF-8 file names without saying so; without this Cyrillic names turn to mojibake.
    parser = busboy({ headers: request.headers, defParamCharset: 'utf8', limits: { files: 1, fields: 10, fieldSize: 1024, parts: 20 } });
  } catch {
    discardRest(request); // e.g. no boundary
    return Promise.reject(fileRequired());
  }

  return new Promise((resolve, reject) => {
    const fields: Record<string, string> = {};
    let storing: Promise<T> | undefined;
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      request.unpipe(parser);
      discardRest(request);
      reject(error);
      // A file stored before the form turned out bad is not kept.
      storing?.then(discard, () => undefined).catch(() => undefined);
    };
    parser.on('field', (name, value) => {
      fields[name] = value;
    });
    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || storing) {
        stream.resume();
        return;
      }
      storing = store({ chunks: limited(stream, maxBytes), filename: info.filename });
      // A refusal while the body is still arriving (type, size, storage) is answered at once.
      storing.catch(fail);
    });
    parser.on('error', () => fail(malformed()));
    // A client gone before the body ended ends nothing by itself (`pipe` passes no abort on): the
    // parser, and the storing it feeds, would wait for the rest for ever, holding a part in memory
    // and a multipart upload open in storage. Failing the parser fails the file, so storing aborts.
    request.once('close', () => {
      if (!request.complete) parser.destroy(new Error('the client went away before the body ended'));
    });
    parser.on('close', () => {
      if (!storing) return fail(fileRequired());
      storing.then((stored) => {
        if (settled) return;
        settled = true;
        resolve({ stored, fields });
      }, fail);
    });
    request.pipe(parser);
  });
}
