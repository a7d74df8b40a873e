import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { ObjectStorage } from '../libs/storage/index.js';
import { registerCase, type CaseBody } from './support/case-flow.js';
import { binary, pdfPageLine } from './support/files.js';
import { scannedPdf } from './support/scanned-pdf.js';
import { startTestApp, type Client, type TestApp } from './support/test-app.js';

/**
 * The reception stamp (prijemni štambilj) on scanned submissions, as the registry office uses it:
 * stamped after the upload or at once with it, kept as a new version beside the scan as it came in,
 * and read back as a PDF reader extracts its text.
 */

const KIB = 1024;
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

const png = (size: number) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(size - 8)]);

/** A scan whose trailer names a standard security handler, as a password-protected PDF's does. */
async function encryptedPdf(): Promise<Buffer> {
  const text = Buffer.from(await (await PDFDocument.load(await scannedPdf({ pages: 1 }))).save({ useObjectStreams: false })).toString('latin1');
  return Buffer.from(text.replace(/trailer\s*<</, 'trailer\n<< /Encrypt << /Filter /Standard /V 1 /R 2 /O (0123456789abcdef0123456789abcdef) /U (0123456789abcdef0123456789abcdef) /P -4 >>'), 'latin1');
}

describe('the reception stamp on scanned submissions', () => {
  let spis: TestApp;
  let registry: Client, official: Client, official2: Client, archivist: Client, admin: Client;
  let registered: CaseBody;

  beforeAll(async () => {
    spis = await startTestApp();
    [registry, official, official2, archivist, admin] = await Promise.all(['registry', 'official', 'official2', 'archivist', 'admin'].map((name) => spis.as(name)));
    await spis.travelTo('2026-03-02T08:15:00Z');
    registered = await registerCase(spis, {
      classificationCode: '351',
      subject: 'Zahtev za izdavanje građevinske dozvole',
      party: { name: 'Љубица Ђурђевић', address: 'Његошева 12, Београд' },
      attachmentsCount: 4,
      feeAmount: 1250.5,
    });
  });
  afterAll(() => spis.close());

  const upload = (file: Buffer, filename: string, query = '') => registry.post(`/api/cases/${registered.id}/attachments${query}`).attach('file', file, filename);
  const download = (client: Client, id: string, version?: number) =>
    client.get(`/api/attachments/${id}/content${version ? `?version=${version}` : ''}`).buffer(true).parse(binary).expect(200);
  const stamp = (id: string, body: Record<string, unknown> = {}, query = '') => registry.post(`/api/attachments/${id}/stamp${query}`).send(body);

  async function objectKeys(): Promise<string[]> {
    const storage = spis.app.get(ObjectStorage);
    const keys: string[] = [];
    for await (const item of storage.client.listObjectsV2(storage.bucket, '', true)) keys.push((item as { name: string }).name);
    return keys.sort();
  }

  it('stamps the first page of a scan as a new version in Serbian Cyrillic; the scan as it came in stays version 1, byte for byte', async () => {
    const scan = await scannedPdf({ pages: 3 });
    const uploaded = await upload(scan, 'Захтев, скенирано.pdf').expect(201);
    expect(uploaded.body).toMatchObject({ version: 1, sha256: sha256(scan) });

    const stamped = await stamp(uploaded.body.id, { version: 1 }).set('Accept-Language', 'sr-Cyrl').expect(201);
    expect(stamped.body).toMatchObject({ id: uploaded.body.id, version: 2, contentType: 'application/pdf', filename: 'Захтев, скенирано.pdf', uploadedBy: 'registry' });
    expect(stamped.body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);

    const original = await download(registry, uploaded.body.id, 1);
    expect(sha256(original.body)).toBe(sha256(scan));
    const copy = await download(official, uploaded.body.id);
    expect(sha256(copy.body)).toBe(stamped.body.sha256);
    expect(copy.body.length).toBe(stamped.body.size);
    expect((await PDFDocument.load(copy.body)).getPageCount()).toBe(3);
    const text = await pdfPageLine(copy.body, 1);
    for (const expected of ['Општинска управа општине Демо', 'Примљено', '02.03.2026. у 09:15', 'Клас. ознака', '351', 'Број предмета', registered.number, 'Број прилога', '4', 'Такса', '1.250,50']) {
      expect(text).toContain(expected);
    }
  });

  it('writes the stamp in the language asked for with ?lang=, on a landscape page and on a page the scanner stored turned by 90°', async () => {
    for (const scan of [await scannedPdf({ pages: 2, landscape: true }), await scannedPdf({ pages: 2, rotate: 90 })]) {
      const uploaded = await upload(scan, 'polozeno.pdf').expect(201);
      const stamped = await stamp(uploaded.body.id, {}, '?lang=mk').set('Accept-Language', 'en').expect(201);
      const copy = await download(registry, uploaded.body.id, stamped.body.version);
      expect((await PDFDocument.load(copy.body)).getPageCount()).toBe(2);
      const text = await pdfPageLine(copy.body, 1);
      for (const expected of [registered.number, 'Примено', 'Број на предмет', 'Такса']) expect(text).toContain(expected);
    }
  });

  it('records the stamp in the case history and the audit trail, naming the version stamped', async () => {
    const uploaded = await upload(await scannedPdf({ pages: 1 }), 'istorija.pdf').expect(201);
    const stamped = await stamp(uploaded.body.id).expect(201);
    const detail = await registry.get(`/api/cases/${registered.id}`).expect(200);
    expect(detail.body.history).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'attachment.stamp', actor: 'registry', details: expect.objectContaining({ attachmentId: uploaded.body.id, version: 2, stampedVersion: 1 }) })]),
    );
    const audit = await admin.get(`/api/audit?entityType=Attachment&entityId=${uploaded.body.id}`).expect(200);
    expect(audit.body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'attachment.stamp', actor: 'registry', after: expect.objectContaining({ version: 2, stampedVersion: 1, sha256: stamped.body.sha256 }) })]),
    );
  });

  it('with ?stamp=true an upload keeps the scan as version 1 and the stamped copy as version 2', async () => {
    const scan = await scannedPdf({ pages: 2 });
    const created = await upload(scan, 'odmah.pdf', '?stamp=true&lang=sr-Latn').expect(201);
    expect(created.body).toMatchObject({ version: 2, stamped: true, versions: [expect.objectContaining({ version: 2 }), expect.objectContaining({ version: 1, sha256: sha256(scan) })] });
    const text = await pdfPageLine((await download(registry, created.body.id)).body, 1);
    expect(text).toContain(registered.number);
    expect(text).toContain('Primljeno');
  });

  it('with ?stamp=true a file that is not a PDF is stored unstamped, and the answer says why', async () => {
    const created = await upload(png(4 * KIB), 'fotografija.png', '?stamp=true').set('Accept-Language', 'en').expect(201);
    expect(created.body).toMatchObject({ version: 1, contentType: 'image/png', stamped: false, stampRefused: { code: 'ATTACHMENT_NOT_PDF', detail: 'Only a PDF can be stamped; this file is image/png.' } });
    expect(created.body.versions).toHaveLength(1);
  });

  it('refuses to stamp a file that is not a PDF (415), an encrypted PDF (422) and a version that is no longer current (409), storing nothing', async () => {
    const picture = await upload(png(4 * KIB), 'slika.png').expect(201);
    const locked = await upload(await encryptedPdf(), 'zakljucano.pdf').expect(201);
    const scan = await upload(await scannedPdf({ pages: 1 }), 'sken.pdf').expect(201);
    await registry.post(`/api/attachments/${scan.body.id}/versions`).attach('file', await scannedPdf({ pages: 1 }), 'sken, ponovo.pdf').expect(201);
    const keys = await objectKeys();

    expect((await stamp(picture.body.id).expect(415)).body.code).toBe('ATTACHMENT_NOT_PDF');
    expect((await stamp(locked.body.id).expect(422)).body.code).toBe('PDF_NOT_STAMPABLE');
    expect((await stamp(scan.body.id, { version: 1 }).expect(409)).body.code).toBe('VERSION_CONFLICT');
    expect((await stamp(scan.body.id, { version: 'prva' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect(await objectKeys()).toEqual(keys);
    expect((await registry.get(`/api/attachments/${locked.body.id}`).expect(200)).body.versions).toHaveLength(1);
  });

  it('does not stamp a stored file that no longer matches its SHA-256', async () => {
    const uploaded = await upload(await scannedPdf({ pages: 1 }), 'izmenjen.pdf').expect(201);
    const storage = spis.app.get(ObjectStorage);
    const [{ object_key: key }] = await spis.dataSource.query(`SELECT object_key FROM attachment_version WHERE attachment_id = $1`, [uploaded.body.id]);
    await storage.client.putObject(storage.bucket, key, await scannedPdf({ pages: 1 }));
    expect((await stamp(uploaded.body.id).expect(500)).body.code).toBe('ATTACHMENT_CORRUPTED');
    expect((await registry.get(`/api/attachments/${uploaded.body.id}`).expect(200)).body.versions).toHaveLength(1);
  });

  it('who may stamp is who may add a version: not an official of another unit (404), nor one the case is not assigned to, nor the archivist (403)', async () => {
    const uploaded = await upload(await scannedPdf({ pages: 1 }), 'prava.pdf').expect(201);
    expect((await official2.post(`/api/attachments/${uploaded.body.id}/stamp`).send({}).expect(404)).body.code).toBe('ATTACHMENT_NOT_FOUND');
    expect((await official.post(`/api/attachments/${uploaded.body.id}/stamp`).send({}).expect(403)).body.code).toBe('FORBIDDEN');
    await archivist.post(`/api/attachments/${uploaded.body.id}/stamp`).send({}).expect(403);
    expect((await registry.get(`/api/attachments/${uploaded.body.id}`).expect(200)).body.versions).toHaveLength(1);
  });
});

describe('the reception stamp on a PDF over the stamping limit', () => {
  let spis: TestApp;
  let registry: Client;
  let registered: CaseBody;

  beforeAll(async () => {
    spis = await startTestApp({ env: { SPIS_MAX_STAMP_BYTES: String(64 * KIB) } });
    registry = await spis.as('registry');
    registered = await registerCase(spis);
  });
  afterAll(() => spis.close());

  it('is refused with 413 ATTACHMENT_TOO_LARGE_TO_STAMP; with ?stamp=true the upload stands unstamped', async () => {
    const scan = await scannedPdf({ pages: 2 });
    expect(scan.length).toBeGreaterThan(64 * KIB);
    const uploaded = await registry.post(`/api/cases/${registered.id}/attachments`).attach('file', scan, 'veliki sken.pdf').expect(201);
    const refused = await registry.post(`/api/attachments/${uploaded.body.id}/stamp`).set('Accept-Language', 'en').send({}).expect(413);
    expect(refused.body).toMatchObject({ code: 'ATTACHMENT_TOO_LARGE_TO_STAMP', detail: expect.stringContaining('up to 64 KiB') });

    const atOnce = await registry.post(`/api/cases/${registered.id}/attachments?stamp=true`).attach('file', scan, 'veliki sken.pdf').expect(201);
    expect(atOnce.body).toMatchObject({ version: 1, stamped: false, stampRefused: { code: 'ATTACHMENT_TOO_LARGE_TO_STAMP' } });
  });
});
