import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import pg from 'pg';
import type { Response } from 'superagent';
import { AttachmentObjects } from '../libs/attachments/attachment-objects.service.js';
import { AttachmentSweep } from '../libs/attachments/index.js';
import { ObjectStorage } from '../libs/storage/index.js';
import { archivedCase, registerCase, type CaseBody } from './support/case-flow.js';
import { eventually } from './support/eventually.js';
import { startTestApp, type Client, type TestApp } from './support/test-app.js';


const MIB = 1024 * 1024;
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** Collects a response body as bytes, whatever its type. */
function binary(response: Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks)));
  response.on('error', (error: Error) => done(error, Buffer.concat(chunks)));
}

/** The `code` of a problem-details answer read as bytes. */
const problemCode = (response: { body: Buffer }) => JSON.parse(response.body.toString('utf8')).code as string;

/** A small but real-looking PDF. */
const pdf = (text = 'Zahtev') =>
  Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
/** A PNG signature followed by `size` random bytes: the type is decided from the first bytes only. */
const png = (size: number) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(size - 8)]);

describe('attachments', () => {
  let spis: TestApp;
  let registry: Client, head: Client, official: Client, official2: Client;
  let registered: CaseBody;

  beforeAll(async () => {
    spis = await startTestApp();
    [registry, head, official, official2] = await Promise.all(['registry', 'head', 'official', 'official2'].map((name) => spis.as(name)));
    registered = await registerCase(spis);
  });
  afterAll(() => spis.close());

  const upload = (client: Client, caseId: string, file: Buffer, filename: string, contentType = 'application/octet-stream') =>
    client.post(`/api/cases/${caseId}/attachments`).attach('file', file, { filename, contentType });
  const download = (client: Client, id: string, query = '') => client.get(`/api/attachments/${id}/content${query}`).buffer(true).parse(binary);

  /** The keys in the suite's bucket. */
  async function objectKeys(): Promise<string[]> {
    const storage = spis.app.get(ObjectStorage);
    const keys: string[] = [];
    for await (const item of storage.client.listObjectsV2(storage.bucket, '', true)) keys.push((item as { name: string }).name);
    return keys.sort();
  }

  it('the registry office attaches a scanned PDF and gets back exactly the same bytes', async () => {
    const file = pdf();
    const created = await upload(registry, registered.id, file, 'zahtev.pdf', 'image/png').expect(201);
    expect(created.body).toMatchObject({
      caseId: registered.id,
      actId: null,
      version: 1,
      filename: 'zahtev.pdf',
      size: file.length,
      sha256: sha256(file),
      contentType: 'application/pdf',
      uploadedBy: 'registry',
      missing: false,
    });
    const [row] = await spis.dataSource.query(`SELECT object_key FROM attachment_version WHERE attachment_id = $1`, [created.body.id]);
    expect(row.object_key).toMatch(new RegExp(`^cases/${registered.id}/[0-9a-f-]{36}$`));
    expect(await objectKeys()).toContain(row.object_key);

    const downloaded = await download(registry, created.body.id).expect(200);
    expect(sha256(downloaded.body)).toBe(sha256(file));
    expect(downloaded.headers['content-type']).toBe('application/pdf');
    expect(downloaded.headers['content-disposition']).toBe(`attachment; filename="zahtev.pdf"; filename*=UTF-8''zahtev.pdf`);
    expect(downloaded.headers['repr-digest']).toBe(`sha-256=:${createHash('sha256').update(file).digest('base64')}:`);
  });

  it('a 12 MB scan is streamed to storage in parts and comes back byte for byte', async () => {
    const file = png(12 * MIB);
    const created = await upload(head, registered.id, file, 'sken.png').expect(201);
    expect(created.body).toMatchObject({ size: file.length, sha256: sha256(file), contentType: 'image/png' });
    const downloaded = await download(head, created.body.id).expect(200);
    expect(downloaded.headers['content-length']).toBe(String(file.length));
    expect(downloaded.body.length).toBe(file.length);
    expect(sha256(downloaded.body)).toBe(sha256(file));
  });
  it('keeps a Cyrillic file name for display and download (RFC 5987 filename*)', async () => {
    const filename = 'Решење о грађевинској дозволи бр. 5.pdf';
    const created = await upload(registry, registered.id, pdf('ћирилица'), filename).expect(201);
    expect(created.body.filename).toBe(filename);
    const downloaded = await download(official, created.body.id).expect(200);
    const disposition = downloaded.headers['content-disposition'];
    expect(disposition).toMatch(/^attachment; filename="Resenje o gradjevinskoj dozvoli br. 5.pdf"; filename\*=UTF-8''/);
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition)![1])).toBe(filename);
  });

  it.each([
    ['a Windows program renamed to .pdf and sent as a PDF', Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00'), randomBytes(4096)]), 'rešenje.pdf', 'application/pdf'],
    ['a text file', Buffer.from('Poštovani,\nu prilogu dostavljamo...\n'), 'dopis.txt', 'text/plain'],
  ])('refuses %s with 415, storing nothing', async (_what, file, filename, contentType) => {
    const before = await objectKeys();
    const [{ count }] = await spis.dataSource.query(`SELECT count(*)::int AS count FROM attachment_version`);
    const refused = await upload(registry, registered.id, file, filename, contentType).expect(415);
    expect(refused.body.code).toBe('ATTACHMENT_TYPE_NOT_ALLOWED');
    expect(await objectKeys()).toEqual(before);
    expect(await spis.dataSource.query(`SELECT count(*)::int AS count FROM attachment_version`)).toEqual([{ count }]);
  });

  it('asks for a multipart body with the field "file"', async () => {
    const json = await registry.post(`/api/cases/${registered.id}/attachments`).send({ file: 'x' }).expect(400);
    expect(json.body.code).toBe('ATTACHMENT_FILE_REQUIRED');
    const wrongField = await registry.post(`/api/cases/${registered.id}/attachments`).attach('document', pdf(), 'a.pdf').expect(400);
    expect(wrongField.body.code).toBe('ATTACHMENT_FILE_REQUIRED');
  });

  it('attaches a file to one act of the case, and only to an act of that case', async () => {
    const act = registered.documents as Array<{ id: string }>;
    const created = await registry.post(`/api/cases/${registered.id}/documents/${act[0].id}/attachments`).attach('file', pdf(), 'prilog uz akt.pdf').expect(201);
    expect(created.body).toMatchObject({ caseId: registered.id, actId: act[0].id });
    const listed = await official.get(`/api/cases/${registered.id}/attachments?actId=${act[0].id}`).expect(200);
    expect(listed.body).toMatchObject({ total: 1, items: [expect.objectContaining({ id: created.body.id, filename: 'prilog uz akt.pdf' })] });

    const other = await registerCase(spis);
    const foreignAct = (other.documents as Array<{ id: string }>)[0].id;
    const refused = await registry.post(`/api/cases/${registered.id}/documents/${foreignAct}/attachments`).attach('file', pdf(), 'x.pdf').expect(404);
    expect(refused.body.code).toBe('ACT_NOT_FOUND');
  });

  it('records the upload in the case history and the audit trail', async () => {
    const created = await upload(registry, registered.id, pdf('audit'), 'dopis.pdf').expect(201);
    const detail = await registry.get(`/api/cases/${registered.id}`).expect(200);
    expect(detail.body.history).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'attachment.add', details: expect.objectContaining({ attachmentId: created.body.id, version: 1 }) })]));
    const admin = await spis.as('admin');
    const audit = await admin.get(`/api/audit?entityType=Attachment&entityId=${created.body.id}`).expect(200);
    expect(audit.body.items).toEqual([expect.objectContaining({ action: 'attachment.upload', actor: 'registry', after: expect.objectContaining({ sha256: created.body.sha256, filename: 'dopis.pdf', version: 1 }) })]);
  });

  it('an official of another unit can neither add to nor read the attachments of a unit-04 case (404)', async () => {
    const created = await upload(registry, registered.id, pdf(), 'interno.pdf').expect(201);
    expect((await upload(official2, registered.id, pdf(), 'x.pdf').expect(404)).body.code).toBe('CASE_NOT_FOUND');
    expect(problemCode(await download(official2, created.body.id).expect(404))).toBe('ATTACHMENT_NOT_FOUND');
    expect((await official2.get(`/api/attachments/${created.body.id}`).expect(404)).body.code).toBe('ATTACHMENT_NOT_FOUND');
    expect((await official2.get(`/api/attachments/${created.body.id}/link`).expect(404)).body.code).toBe('ATTACHMENT_NOT_FOUND');
    expect((await official2.post(`/api/attachments/${created.body.id}/versions`).attach('file', pdf(), 'x.pdf').expect(404)).body.code).toBe('ATTACHMENT_NOT_FOUND');
    expect((await official2.get(`/api/cases/${registered.id}/attachments`).expect(404)).body.code).toBe('CASE_NOT_FOUND');
    // The official of unit 04 reads it, but adds files only to the cases assigned to them.
    await download(official, created.body.id).expect(200);
    await upload(official, registered.id, pdf(), 'x.pdf').expect(403);
  });

  it('a new version keeps the earlier ones, each downloadable, and a stale version is refused', async () => {
    const first = pdf('prva verzija');
    const second = pdf('druga verzija, ispravljena');
    const created = await upload(registry, registered.id, first, 'nacrt.pdf').expect(201);
    const replaced = await registry.post(`/api/attachments/${created.body.id}/versions`).field('version', '1').attach('file', second, 'nacrt v2.pdf').expect(201);
    expect(replaced.body).toMatchObject({ id: created.body.id, version: 2, filename: 'nacrt v2.pdf', sha256: sha256(second) });
    const detail = await head.get(`/api/attachments/${created.body.id}`).expect(200);
    expect(detail.body.versions).toEqual([
      expect.objectContaining({ version: 2, filename: 'nacrt v2.pdf', sha256: sha256(second) }),
      expect.objectContaining({ version: 1, filename: 'nacrt.pdf', sha256: sha256(first) }),
    ]);
    expect(sha256((await download(head, created.body.id).expect(200)).body)).toBe(sha256(second));
    expect(sha256((await download(head, created.body.id, '?version=1').expect(200)).body)).toBe(sha256(first));

    const keys = await objectKeys();
    const stale = await registry.post(`/api/attachments/${created.body.id}/versions`).field('version', '1').attach('file', pdf('treća'), 'nacrt v3.pdf').expect(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    expect(await objectKeys()).toEqual(keys);
  });

  it('gives a short-lived link straight to storage that serves the same bytes', async () => {
    const file = pdf('link');
    const created = await upload(registry, registered.id, file, 'Записник.pdf').expect(201);
    const link = await official.get(`/api/attachments/${created.body.id}/link`).expect(200);
    expect(new Date(link.body.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(300_000);
    const fetched = await fetch(link.body.url);
    expect(fetched.status).toBe(200);
    expect(sha256(Buffer.from(await fetched.arrayBuffer()))).toBe(sha256(file));
  });
  it('lists a case\'s attachments with their current version, oldest first', async () => {
    const fresh = await registerCase(spis);
    const first = await upload(registry, fresh.id, pdf('1'), 'prvi.pdf').expect(201);
    await registry.post(`/api/attachments/${first.body.id}/versions`).attach('file', pdf('1b'), 'prvi, ispravljen.pdf').expect(201);
    const second = await upload(registry, fresh.id, png(2048), 'drugi.png').expect(201);
    const listed = await head.get(`/api/cases/${fresh.id}/attachments?pageSize=1&page=2`).expect(200);
    expect(listed.body).toEqual({ total: 2, page: 2, pageSize: 1, items: [expect.objectContaining({ id: second.body.id, version: 1, versionCount: 1, size: 2048, contentType: 'image/png' })] });
    const all = await head.get(`/api/cases/${fresh.id}/attachments`).expect(200);
    expect(all.body.items.map((item: { filename: string; versionCount: number }) => [item.filename, item.versionCount])).toEqual([['prvi, ispravljen.pdf', 2], ['drugi.png', 1]]);
  });

  it('the archivist reads the files of an archived case but adds none', async () => {
    const archived = await archivedCase(spis);
    const created = await upload(registry, archived.id, pdf('arhiva'), 'arhivirano.pdf').expect(201);
    const archivist = await spis.as('archivist');
    await download(archivist, created.body.id).expect(200);
    await upload(archivist, archived.id, pdf(), 'x.pdf').expect(403);
    // A case still being worked on is not the archive's: not even its existence shows.
    const open = await upload(registry, registered.id, pdf('u radu'), 'u radu.pdf').expect(201);
    expect(problemCode(await download(archivist, open.body.id).expect(404))).toBe('ATTACHMENT_NOT_FOUND');
  });

  it('an upload broken off by the client leaves no row and no object behind', async () => {
    const keys = await objectKeys();
    const [{ count }] = await spis.dataSource.query(`SELECT count(*)::int AS count FROM attachment_version`);
    const server = spis.app.getHttpServer();
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const boundary = 'spis-test-boundary';
    const broken = httpRequest({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: `/api/cases/${registered.id}/attachments`,
      headers: { Authorization: `Bearer ${(await spis.login('registry')).accessToken}`, 'Content-Type': `multipart/form-data; boundary=${boundary}`, 'Transfer-Encoding': 'chunked' },
    });
    broken.on('error', () => undefined);
    // Watched: the parts that reach storage, and how the storing of the upload ends.
    const { client } = spis.app.get(ObjectStorage);
    const uploadPart = client.uploadPart;
    let partsStored = 0;
    client.uploadPart = (async (...args: Parameters<typeof uploadPart>) => {
      const part = await uploadPart.apply(client, args);
      partsStored += 1;
      return part;
    }) as typeof uploadPart;
    const objects = spis.app.get(AttachmentObjects);
    const store = objects.store;
    let storing: 'running' | 'stored' | 'failed' | undefined;
    objects.store = (caseId, file) => {
      storing = 'running';
      const stored = store.call(objects, caseId, file);
      stored.then(() => (storing = 'stored'), () => (storing = 'failed'));
      return stored;
    };
    try {
      broken.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="prekinuto.png"\r\n\r\n`);
      // More than one part, so a multipart upload is under way in storage when the client goes.
      await new Promise((resolve) => broken.write(png(7 * MIB), resolve));
      await eventually(() => expect(partsStored).toBeGreaterThan(0));
      broken.destroy();
      // Storing gives up when the client goes, and has cleaned up storage by the time it has.
      await eventually(() => expect(storing).toBe('failed'));
    } finally {
      client.uploadPart = uploadPart;
      objects.store = store;
    }
    expect(await objectKeys()).toEqual(keys);
    expect(await spis.dataSource.query(`SELECT count(*)::int AS count FROM attachment_version`)).toEqual([{ count }]);
    await upload(registry, registered.id, pdf('posle prekida'), 'posle.pdf').expect(201);
  });

  it('documents the upload as a multipart form with a binary field "file" in OpenAPI', async () => {
    const { body } = await spis.http.get('/api/docs/openapi.json').expect(200);
    const upload = body.paths['/api/cases/{id}/attachments'].post;
    expect(Object.keys(upload.requestBody.content)).toEqual(['multipart/form-data']);
    const schema = upload.requestBody.content['multipart/form-data'].schema;
    const form = schema.$ref ? body.components.schemas[schema.$ref.split('/').pop()] : schema;
    expect(form.properties.file).toMatchObject({ type: 'string', format: 'binary' });
  });

  describe('when storage no longer holds what was uploaded', () => {
    const objectKeyOf = async (id: string) => (await spis.dataSource.query(`SELECT object_key FROM attachment_version WHERE attachment_id = $1`, [id]))[0].object_key as string;
    const storage = () => spis.app.get(ObjectStorage);
    const auditOf = async (id: string) => {
      const admin = await spis.as('admin');
      return (await admin.get(`/api/audit?entityType=Attachment&entityId=${id}&action=attachment.integrity-failure`).expect(200)).body.items;
    };
    const tamper = (data: Buffer) => {
      const changed = Buffer.from(data);
      changed[changed.length - 1] ^= 0xff;
      return changed;
    };

    it('a small file changed behind Spis\'s back is not served: 500 ATTACHMENT_CORRUPTED, and the audit trail says so', async () => {
      const file = pdf('original');
      const created = await upload(registry, registered.id, file, 'original.pdf').expect(201);
      await storage().client.putObject(storage().bucket, await objectKeyOf(created.body.id), tamper(file));
      const refused = await download(registry, created.body.id).expect(500);
      expect(problemCode(refused)).toBe('ATTACHMENT_CORRUPTED');
      expect(await auditOf(created.body.id)).toEqual([
        expect.objectContaining({ action: 'attachment.integrity-failure', after: expect.objectContaining({ version: 1, expectedSha256: sha256(file), actualSha256: sha256(tamper(file)) }) }),
      ]);
    });

    it('a large file changed behind Spis\'s back is cut short of its length, never delivered whole', async () => {
      const file = png(3 * MIB);
      const created = await upload(registry, registered.id, file, 'sken.png').expect(201);
      await storage().client.putObject(storage().bucket, await objectKeyOf(created.body.id), tamper(file));
      const outcome = await download(registry, created.body.id).then(
        (response) => ({ received: (response.body as Buffer).length }),
        (error: Error) => ({ received: -1, error: error.message }),
      );
      // Either the client library reports the broken connection, or it got less than Content-Length.
      expect(outcome.received).toBeLessThan(file.length);
      expect(await auditOf(created.body.id)).toEqual([expect.objectContaining({ after: expect.objectContaining({ expectedSize: file.length, actualSize: file.length }) })]);
    });

    it('a file gone from storage is answered 500 ATTACHMENT_CONTENT_MISSING and shown as missing', async () => {
      const created = await upload(registry, registered.id, pdf('nestaće'), 'nestalo.pdf').expect(201);
      await storage().client.removeObject(storage().bucket, await objectKeyOf(created.body.id));
      expect(problemCode(await download(registry, created.body.id).expect(500))).toBe('ATTACHMENT_CONTENT_MISSING');
      const detail = await registry.get(`/api/attachments/${created.body.id}`).expect(200);
      expect(detail.body).toMatchObject({ missing: true, versions: [expect.objectContaining({ version: 1, missing: true })] });
      expect(await auditOf(created.body.id)).toHaveLength(1);
    });
  });
});

describe('attachments over the size limit', () => {
  let spis: TestApp;
  let registry: Client;
  let registered: CaseBody;

  beforeAll(async () => {
    spis = await startTestApp({ env: { SPIS_MAX_UPLOAD_BYTES: String(MIB) } });
    registry = await spis.as('registry');
    registered = await registerCase(spis);
  });
  afterAll(() => spis.close());

  const nothingStored = async () => {
    const storage = spis.app.get(ObjectStorage);
    const keys: string[] = [];
    for await (const item of storage.client.listObjectsV2(storage.bucket, '', true)) keys.push((item as { name: string }).name);
    const [{ count }] = await spis.dataSource.query(`SELECT count(*)::int AS count FROM attachment`);
    return { keys, count };
  };

  it.each([
    ['declares a length over the limit', 3 * MIB],
    ['declares a length within the multipart envelope, one byte over the limit', MIB + 1],
  ])('refuses a file that %s with 413, leaving no row and no object', async (_what, size) => {
    const refused = await registry.post(`/api/cases/${registered.id}/attachments`).set('Accept-Language', 'en').attach('file', png(size), 'veliko.png').expect(413);
    expect(refused.body).toMatchObject({ code: 'ATTACHMENT_TOO_LARGE', detail: 'The file is larger than the 1 MiB allowed.' });
    expect(await nothingStored()).toEqual({ keys: [], count: 0 });
  });

  it('accepts a file of exactly the limit', async () => {
    await registry.post(`/api/cases/${registered.id}/attachments`).attach('file', png(MIB), 'granica.png').expect(201);
  });

  it('answers 413 while a chunked upload of unknown length is still coming in', async () => {
    const before = await nothingStored();
    const server = spis.app.getHttpServer();
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const { accessToken } = await spis.login('registry');
    const boundary = 'spis-test-boundary';
    const upload = httpRequest({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: `/api/cases/${registered.id}/attachments`,
      headers: { Authorization: `Bearer ${accessToken}`, 'Content-Type': `multipart/form-data; boundary=${boundary}`, 'Transfer-Encoding': 'chunked' },
    });
    const answered = new Promise<IncomingMessage>((resolve, reject) => {
      upload.on('response', resolve);
      upload.on('error', reject);
    });
    upload.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="beskrajno.png"\r\nContent-Type: image/png\r\n\r\n`);
    // Twice the limit, and the request is left open: the answer must come before the body ends.
    upload.write(png(2 * MIB));
    const response = await answered;
    const body = await new Promise<string>((resolve) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () => resolve(text));
    });
    upload.destroy();
    expect(response.statusCode).toBe(413);
    expect(JSON.parse(body).code).toBe('ATTACHMENT_TOO_LARGE');
    expect(await nothingStored()).toEqual(before);
  });
});

/** A TCP relay to the test S3 endpoint that can be cut and restored, like a storage outage. */
async function storageRelay() {
  const target = Number(process.env.SPIS_TEST_S3_PORT);
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  };
  const relay = {
    get port() {
      return port;
    },
    async up() {
      server = createServer((client) => {
        const upstream = connect(target, '127.0.0.1');
        track(client);
        track(upstream);
        client.on('error', () => upstream.destroy());
        upstream.on('error', () => client.destroy());
        client.pipe(upstream).pipe(client);
      });
      await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
      port = (server.address() as AddressInfo).port;
    },
    async down() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server!.close(resolve));
    },
  };
  await relay.up();
  return relay;
}

describe('attachments while object storage is down', () => {
  let spis: TestApp;
  let registry: Client;
  let registered: CaseBody;
  let relay: Awaited<ReturnType<typeof storageRelay>>;

  beforeAll(async () => {
    relay = await storageRelay();
    spis = await startTestApp({ env: { MINIO_PORT: String(relay.port) } });
    registry = await spis.as('registry');
    registered = await registerCase(spis);
  });
  afterAll(async () => {
    await spis.close();
    await relay.down().catch(() => undefined);
  });

  const upload = (name: string) => registry.post(`/api/cases/${registered.id}/attachments`).attach('file', pdf(name), `${name}.pdf`);

  it('uploads answer 503 STORAGE_UNAVAILABLE, everything else keeps working, and uploads work again once storage is back', async () => {
    const before = await upload('pre').expect(201);

    await relay.down();
    const refused = await upload('during').expect(503);
    expect(refused.body.code).toBe('STORAGE_UNAVAILABLE');
    expect(refused.headers['retry-after']).toBeDefined();
    const { body: unavailable } = await registry.get(`/api/attachments/${before.body.id}/content`).buffer(true).parse(binary).expect(503);
    expect(JSON.parse(unavailable.toString()).code).toBe('STORAGE_UNAVAILABLE');
    // The case itself, the list and the attachment's record stay available.
    await registry.get('/api/cases').expect(200);
    await registry.get(`/api/cases/${registered.id}`).expect(200);
    await registry.get(`/api/attachments/${before.body.id}`).expect(200);
    const health = await spis.http.get('/api/health').expect(503);
    expect(health.body).toMatchObject({ database: { status: 'up' }, storage: { status: 'down' } });

    await relay.up();
    await upload('after').expect(201);
    const again = await registry.get(`/api/attachments/${before.body.id}/content`).buffer(true).parse(binary).expect(200);
    expect(sha256(again.body)).toBe(before.body.sha256);
    await spis.http.get('/api/health').expect(200);
  });
});

describe('the sweep comparing storage with the database', () => {
  let spis: TestApp;
  let registry: Client;
  let registered: CaseBody;

  beforeAll(async () => {
    spis = await startTestApp();
    registry = await spis.as('registry');
    registered = await registerCase(spis);
  });
  afterAll(() => spis.close());

  it('finds an object no attachment names and an attachment whose object is gone; repair removes the first once an hour old and marks the second', async () => {
    const storage = spis.app.get(ObjectStorage);
    const sweep = spis.app.get(AttachmentSweep);
    const keys = async () => {
      const found: string[] = [];
      for await (const item of storage.client.listObjectsV2(storage.bucket, '', true)) found.push((item as { name: string }).name);
      return found.sort();
    };
    const kept = await registry.post(`/api/cases/${registered.id}/attachments`).attach('file', pdf('ostaje'), 'ostaje.pdf').expect(201);
    const lost = await registry.post(`/api/cases/${registered.id}/attachments`).attach('file', pdf('nestaje'), 'nestaje.pdf').expect(201);
    const [{ object_key: lostKey }] = await spis.dataSource.query(`SELECT object_key FROM attachment_version WHERE attachment_id = $1`, [lost.body.id]);
    const lostBytes = pdf('nestaje');
    await storage.client.removeObject(storage.bucket, lostKey);
    const orphanKey = `cases/${registered.id}/${randomUUID()}`;
    await storage.client.putObject(storage.bucket, orphanKey, pdf('siroče'));
    // Outside `cases/`: not the sweep's business.
    await storage.client.putObject(storage.bucket, 'backups/readme.txt', Buffer.from('operations'));

    const report = await sweep.run({ repair: false });
    expect(report).toMatchObject({
      repair: false,
      objectsChecked: 2,
      versionsChecked: 2,
      orphanObjects: { count: 1, items: [expect.objectContaining({ key: orphanKey, removed: false })] },
      missingObjects: { count: 1, items: [{ attachmentId: lost.body.id, version: 1, objectKey: lostKey, missingSince: null }] },
      reappearedObjects: { count: 0 },
    });
    expect(await keys()).toContain(orphanKey);

    // Right away, the orphan could still be an upload whose rows are being written: it stays.
    const fresh = await sweep.run({ repair: true });
    expect(fresh.orphanObjects.items).toEqual([expect.objectContaining({ key: orphanKey, removed: false })]);
    expect(fresh.missingObjects.items).toEqual([expect.objectContaining({ attachmentId: lost.body.id, missingSince: expect.any(Date) })]);
    expect((await registry.get(`/api/attachments/${lost.body.id}`).expect(200)).body).toMatchObject({ missing: true });

    await spis.travelTo(new Date(Date.now() + 2 * 60 * 60 * 1000));
    const later = await sweep.run({ repair: true });
    expect(later.orphanObjects.items).toEqual([expect.objectContaining({ key: orphanKey, removed: true })]);
    expect(await keys()).toEqual([(await spis.dataSource.query(`SELECT object_key FROM attachment_version WHERE attachment_id = $1`, [kept.body.id]))[0].object_key, 'backups/readme.txt'].sort());
    const [{ actions }] = await spis.dataSource.query(`SELECT array_agg(action ORDER BY id) AS actions FROM audit_log WHERE action IN ('attachment.orphan-removed', 'attachment.object-missing')`);
    expect(actions).toEqual(['attachment.object-missing', 'attachment.orphan-removed']);

    // Restored from a backup: the object is there again and the mark is cleared.
    await storage.client.putObject(storage.bucket, lostKey, lostBytes);
    const restored = await sweep.run({ repair: true });
    expect(restored).toMatchObject({ orphanObjects: { count: 0 }, missingObjects: { count: 0 }, reappearedObjects: { count: 1, items: [expect.objectContaining({ attachmentId: lost.body.id, cleared: true })] } });
    expect((await registry.get(`/api/attachments/${lost.body.id}`).expect(200)).body).toMatchObject({ missing: false });
  });
});

/** The port the app listens on (it is made to listen once, for requests sent by hand). */
async function listeningPort(spis: TestApp): Promise<number> {
  const server = spis.app.getHttpServer();
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** An upload sent by hand, as a slow client sends it: the form's head and `first` now, the rest on `finish`. */
async function slowUpload(spis: TestApp, accessToken: string, path: string, first: Buffer) {
  const port = await listeningPort(spis);
  const boundary = 'spis-slow-upload';
  const upload = httpRequest({
    host: '127.0.0.1',
    port,
    method: 'POST',
    path,
    headers: { Authorization: `Bearer ${accessToken}`, 'Content-Type': `multipart/form-data; boundary=${boundary}`, 'Transfer-Encoding': 'chunked' },
  });
  const answered = new Promise<{ status: number; body: Record<string, unknown> }>((resolve, reject) => {
    upload.on('response', (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode!, body: JSON.parse(text) }));
    });
    upload.on('error', reject);
  });
  upload.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="sporo.pdf"\r\nContent-Type: application/pdf\r\n\r\n`);
  await new Promise((resolve) => upload.write(first, resolve));
  return {
    finish(rest: Buffer) {
      upload.end(Buffer.concat([rest, Buffer.from(`\r\n--${boundary}--\r\n`)]));
      return answered;
    },
  };
}

describe('attachments while an upload is slow', () => {
  let spis: TestApp;
  let registry: Client;
  let registered: CaseBody;
  let watcher: pg.Client;

  beforeAll(async () => {
    // Two connections: an upload that held one for as long as its body takes would soon block everyone.
    spis = await startTestApp({ env: { DATABASE_POOL_SIZE: '2' } });
    registry = await spis.as('registry');
    registered = await registerCase(spis);
    watcher = new pg.Client({ connectionString: spis.settings.databaseUrl });
    await watcher.connect();
  });
  afterAll(async () => {
    await watcher.end();
    await spis.close();
  });

  /** The application's sessions that sit in an open transaction doing nothing. */
  const idleInTransaction = async () =>
    (await watcher.query(`SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state LIKE 'idle in transaction%'`)).rows[0].count;

  it('three uploads still arriving hold no database connection or transaction: others register and read cases meanwhile', async () => {
    // Counts the uploads that reached storage, i.e. got past every check and are reading their body.
    const objects = spis.app.get(AttachmentObjects);
    const store = objects.store;
    let storing = 0;
    objects.store = (caseId, file) => {
      storing += 1;
      return store.call(objects, caseId, file);
    };
    const { accessToken } = await spis.login('registry');
    await listeningPort(spis);
    const bodies = [0, 1, 2].map(() => Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(256 * 1024)]));
    try {
      const uploads = await Promise.all(bodies.map((body) => slowUpload(spis, accessToken, `/api/cases/${registered.id}/attachments`, body.subarray(0, 64 * 1024))));
      await eventually(() => expect(storing).toBe(3));
      expect(await idleInTransaction()).toBe(0);

      // Were the uploads holding the pool's two connections, these would wait for one and fail with 503.
      const another = await registerCase(spis);
      await registry.get(`/api/cases/${another.id}`).expect(200);
      await registry.get(`/api/cases/${registered.id}/attachments`).expect(200);
      expect(await idleInTransaction()).toBe(0);

      const answers = await Promise.all(uploads.map((upload, n) => upload.finish(bodies[n].subarray(64 * 1024))));
      expect(answers.map((answer) => [answer.status, answer.body.sha256])).toEqual(bodies.map((body) => [201, sha256(body)]));
      expect((await registry.get(`/api/cases/${registered.id}/attachments`).expect(200)).body.total).toBe(3);
    } finally {
      objects.store = store;
    }
  });

  it('a slow upload is not cut off after Node\'s default five minutes; stalled connections are closed after two idle minutes instead', () => {
    const server = spis.app.getHttpServer();
    expect(server.requestTimeout).toBe(0);
    expect(server.headersTimeout).toBe(60_000);
    expect(server.timeout).toBe(120_000);
  });
});

describe('attachments of cases whose papers are gone (destroyed, handed over to the historical archive)', () => {
  let spis: TestApp;
  let registry: Client, archivist: Client;
  /** Closed in 2026: two of class 203 (2 years), one of class 351 (permanent). */
  let destroyed: CaseBody, destroyedWhileUploading: CaseBody, handedOver: CaseBody;
  const attachmentOf: Record<string, string> = {};

  beforeAll(async () => {
    spis = await startTestApp();
    [registry, archivist] = await Promise.all(['registry', 'archivist'].map((name) => spis.as(name)));
    await spis.travelTo('2026-03-02T08:00:00Z');
    destroyed = await archivedCase(spis, { classificationCode: '203', subject: 'Izvod iz matične knjige rođenih' });
    destroyedWhileUploading = await archivedCase(spis, { classificationCode: '203', subject: 'Uverenje o državljanstvu' });
    handedOver = await archivedCase(spis, { classificationCode: '351', subject: 'Građevinska dozvola za stambeni objekat' });
    for (const file of [destroyed, handedOver]) {
      attachmentOf[file.id] = (await registry.post(`/api/cases/${file.id}/attachments`).attach('file', pdf(file.number), 'sken.pdf').expect(201)).body.id;
    }
  });
  afterAll(() => spis.close());

  async function objectKeys(): Promise<string[]> {
    const storage = spis.app.get(ObjectStorage);
    const keys: string[] = [];
    for await (const item of storage.client.listObjectsV2(storage.bucket, '', true)) keys.push((item as { name: string }).name);
    return keys.sort();
  }

  /** Every way of adding a file is refused with 409 CASE_NOT_OPEN_FOR_ATTACHMENTS, and nothing is stored. */
  async function expectClosedForAttachments(file: CaseBody, status: string) {
    const keys = await objectKeys();
    const attachmentId = attachmentOf[file.id];
    const refusals = [
      await registry.post(`/api/cases/${file.id}/attachments`).attach('file', pdf('novo'), 'novo.pdf'),
      await registry.post(`/api/cases/${file.id}/attachments?stamp=true`).attach('file', pdf('novo'), 'novo.pdf'),
      await registry.post(`/api/cases/${file.id}/documents/${(file.documents as Array<{ id: string }>)[0].id}/attachments`).attach('file', pdf('novo'), 'novo.pdf'),
      await registry.post(`/api/attachments/${attachmentId}/versions`).attach('file', pdf('nova verzija'), 'nova verzija.pdf'),
      await registry.post(`/api/attachments/${attachmentId}/stamp`).send({}),
    ];
    expect(refusals.map((response) => [response.status, response.body.code])).toEqual(refusals.map(() => [409, 'CASE_NOT_OPEN_FOR_ATTACHMENTS']));
    expect(refusals[0].body.detail).toContain(status);
    expect(await objectKeys()).toEqual(keys);
    // What was attached before stays, and stays readable.
    await archivist.get(`/api/attachments/${attachmentId}/content`).buffer(true).parse(binary).expect(200);
    expect((await registry.get(`/api/attachments/${attachmentId}`).expect(200)).body.versions).toHaveLength(1);
  }

  it('a destroyed case takes no new files, versions or stamps; an upload still arriving when the case was destroyed is refused and leaves nothing', async () => {
    await spis.travelTo('2030-01-02T09:00:00Z');
    const drawn = await archivist.post('/api/archive/disposal-lists').send({ caseIds: [destroyed.id, destroyedWhileUploading.id] }).expect(201);
    const keys = await objectKeys();
    const inFlight = await slowUpload(spis, (await spis.login('registry')).accessToken, `/api/cases/${destroyedWhileUploading.id}/attachments`, pdf('počelo pre uništenja'));
    await archivist.post(`/api/archive/disposal-lists/${drawn.body.id}/approve`).send({ version: 1, decisionNumber: '01-035-7/2030' }).expect(200);
    const late = await inFlight.finish(Buffer.from('\n% završeno posle\n'));
    expect([late.status, late.body.code]).toEqual([409, 'CASE_NOT_OPEN_FOR_ATTACHMENTS']);
    expect(await objectKeys()).toEqual(keys);
    expect((await registry.get(`/api/cases/${destroyedWhileUploading.id}/attachments`).expect(200)).body.total).toBe(0);

    await expectClosedForAttachments(destroyed, 'destroyed');
  });

  it('a case handed over to the historical archive takes no new files, versions or stamps', async () => {
    await spis.travelTo('2057-01-02T09:00:00Z');
    const drawn = await archivist.post('/api/archive/disposal-lists').send({ kind: 'handover', caseIds: [handedOver.id] }).expect(201);
    await archivist.post(`/api/archive/disposal-lists/${drawn.body.id}/approve`).send({ version: 1, archiveConsent: 'Zapisnik br. 3/2057' }).expect(200);
    await expectClosedForAttachments(handedOver, 'handed_over');
  });
});
