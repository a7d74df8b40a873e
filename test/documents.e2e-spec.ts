import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response } from 'superagent';
import type request from 'supertest';
import { lookupCode, lookupKey } from '../libs/documents/lookup-code.js';
import { archivedCase, caseAction, registerCase, type CaseBody } from './support/case-flow.js';
import { startTestApp, type Client, type TestApp } from './support/test-app.js';
import { binary, oneLine, pdfText } from './support/files.js';

/**
 * Printed documents as users get them: the receipt for the party and the cover sheet of a case,
 * and the books for a period. Each PDF is read back as a PDF reader extracts its text, so what is
 * checked is the text a person (or a search) finds in it. The tests run in order as the clock moves on.
 */

describe('printed documents', () => {
  let spis: TestApp;
  let registry: Client, official: Client, official2: Client, archivist: Client, head: Client;
  let unit04: { id: string; name: string };
  let officialId: string;
  let key: Buffer;

  beforeAll(async () => {
    spis = await startTestApp();
    [registry, official, official2, archivist, head] = await Promise.all(['registry', 'official', 'official2', 'archivist', 'head'].map((name) => spis.as(name)));
    [unit04] = await spis.dataSource.query(`SELECT id, name FROM org_unit WHERE code = '04'`);
    [{ id: officialId }] = await spis.dataSource.query(`SELECT id FROM app_user WHERE username = 'official'`);
    key = lookupKey(spis.settings.jwtSecret);
    await spis.travelTo('2026-03-02T08:15:00Z');
  });
  afterAll(() => spis.close());

  /** Downloads a PDF, checks it is one, and returns the answer with its text. */
  async function download(call: request.Test, status = 200): Promise<{ response: request.Response; text: string }> {
    const response = await call.buffer(true).parse(binary).expect(status);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect((response.body as Buffer).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    return { response, text: await pdfText(response.body) };
  }

  const pages = (text: string) => [...text.matchAll(/strana (\d+) od (\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

  describe('the receipt for the party and the cover sheet', () => {
    it('the receipt states the authority, the case number, when it was received, the Cyrillic name of the party, the subject, the attachments and the lookup code', async () => {
      const file = await registerCase(spis, {
        classificationCode: '351',
        subject: 'Zahtev za izdavanje građevinske dozvole',
        party: { name: 'Љубица Ђурђевић', address: 'Његошева 12, Београд' },
        attachmentsCount: 4,
      });
      const { response, text } = await download(registry.get(`/api/cases/${file.id}/receipt.pdf`));
      const code = lookupCode(key, file.id);
      expect(code).toMatch(/^[A-Z2-7]{10}$/);
      for (const expected of ['Opštinska uprava opštine Demo', 'POTVRDA O PRIJEMU PODNESKA', file.number, 'Љубица Ђурђевић', 'Његошева 12, Београд', 'Zahtev za izdavanje građevinske dozvole', code, '02.03.2026. u 09:15', 'na šalteru', 'strana 1 od 1']) {
        expect(oneLine(text)).toContain(expected);
      }
      expect(oneLine(text)).toMatch(/Broj priloga: ?4/);
      expect(response.headers['content-disposition']).toBe(
        `inline; filename="potvrda-${file.number.replace(/\//g, '-')}.pdf"; filename*=UTF-8''potvrda-${file.number.replace(/\//g, '-')}.pdf`,
      );
      expect(response.headers['cache-control']).toBe('no-store');

      // Printed again later, the receipt carries the same lookup code.
      await spis.travelTo('2026-03-03T10:00:00Z');
      expect((await download(registry.get(`/api/cases/${file.id}/receipt.pdf`))).text).toContain(code);
    });

    it('Latin letters with diacritics (č ć š ž đ) come out as written', async () => {
      const file = await registerCase(spis, { subject: 'Žalba na rešenje o porezu — čćšžđ ČĆŠŽĐ', party: { name: 'Đurđa Šćekić-Žužić', address: 'Čačak, Ćirila i Metodija 3' } });
      for (const path of ['receipt.pdf', 'cover.pdf']) {
        const text = oneLine((await download(registry.get(`/api/cases/${file.id}/${path}`))).text);
        for (const expected of [file.number, 'Đurđa Šćekić-Žužić', 'Žalba na rešenje o porezu — čćšžđ ČĆŠŽĐ']) expect(text).toContain(expected);
      }
    });

    it('a Macedonian and a Bulgarian party, on documents in their own language (?lang= or Accept-Language)', async () => {
      const macedonian = await registerCase(spis, { party: { name: 'Ѓорѓе Ќосевски' }, subject: 'Барање за одобрение за градење' });
      const mk = oneLine((await download(registry.get(`/api/cases/${macedonian.id}/receipt.pdf?lang=mk`))).text);
      for (const expected of ['ПОТВРДА ЗА ПРИЕМ НА ПОДНЕСОК', macedonian.number, 'Ѓорѓе Ќосевски', 'Барање за одобрение за градење', 'страна 1 од 1', lookupCode(key, macedonian.id)]) {
        expect(mk).toContain(expected);
      }

      const bulgarian = await registerCase(spis, { party: { name: 'Щерьо Йорданов' }, subject: 'Заявление за издаване на удостоверение' });
      const bg = oneLine((await download(registry.get(`/api/cases/${bulgarian.id}/cover.pdf`).set('Accept-Language', 'bg-BG,bg;q=0.9,en;q=0.5'))).text);
      for (const expected of ['КОРИЦА НА ПРЕПИСКА', bulgarian.number, 'Щерьо Йорданов', 'Заявление за издаване на удостоверение', 'страница 1 от 1']) expect(bg).toContain(expected);

      const cyrillic = oneLine((await download(registry.get(`/api/cases/${bulgarian.id}/receipt.pdf?lang=sr-Cyrl`))).text);
      for (const expected of ['Општинска управа општине Демо', 'ПОТВРДА О ПРИЈЕМУ ПОДНЕСКА', 'Број предмета', bulgarian.number, 'страна 1 од 1']) expect(cyrillic).toContain(expected);
    });

    it('the cover sheet names the class, unit, official, party and subject, and lists the acts of the case', async () => {
      const registered = await registerCase(spis, { classificationCode: '351', subject: 'Legalizacija pomoćnog objekta', party: { name: 'Љубица Ђурђевић' } });
      const assigned = (await registry.post(`/api/cases/${registered.id}/assign`).send({ assigneeId: officialId, version: registered.version }).expect(200)).body as CaseBody;
      await caseAction(spis, 'official', assigned, 'accept');
      const act = await official
        .post(`/api/cases/${registered.id}/documents`)
        .send({ direction: 'outgoing', subject: 'Poziv za dopunu zahteva', correspondent: 'Љубица Ђурђевић' })
        .expect(201);

      const { response, text } = await download(official.get(`/api/cases/${registered.id}/cover.pdf`));
      const flat = oneLine(text);
      for (const expected of ['OMOT SPISA', registered.number, '351', unit04.name, 'Ana Petrović', 'Љубица Ђурђевић', 'Legalizacija pomoćnog objekta', 'Akti u predmetu', `${registered.number}/1`, act.body.number, 'Poziv za dopunu zahteva', 'izlazni', 'u radu']) {
        expect(flat).toContain(expected);
      }
      expect(response.headers['content-disposition']).toContain(`filename="omot-${registered.number.replace(/\//g, '-')}.pdf"`);
    });

    it('an official of another unit gets 404 for the papers of a unit-04 case, as for the case itself', async () => {
      const file = await registerCase(spis);
      for (const path of ['receipt.pdf', 'cover.pdf']) {
        expect((await official2.get(`/api/cases/${file.id}/${path}`).expect(404)).body.code).toBe('CASE_NOT_FOUND');
        await download(head.get(`/api/cases/${file.id}/${path}`));
      }
      expect((await registry.get('/api/cases/00000000-0000-4000-8000-000000000000/receipt.pdf').expect(404)).body.code).toBe('CASE_NOT_FOUND');
      expect((await registry.get('/api/cases/not-a-uuid/cover.pdf').expect(400)).body.code).toBe('VALIDATION_FAILED');
      expect((await registry.get(`/api/cases/${file.id}/receipt.pdf?lang=x!`).expect(400)).body.code).toBe('VALIDATION_FAILED');
      expect((await registry.get(`/api/cases/${file.id}/receipt.pdf?color=red`).expect(400)).body.code).toBe('VALIDATION_FAILED');
    });
  });

  describe('the books for a period', () => {
    /** Registered in May 2026, for the register. */
    const may: CaseBody[] = [];

    it('the case register for May lists every case registered in May in number order, over several numbered pages', async () => {
      await spis.travelTo('2026-04-30T21:00:00Z'); // 23:00 in Belgrade: still April
      const april = await registerCase(spis, { subject: 'Predmet iz aprila' });
      await spis.travelTo('2026-05-04T07:00:00Z');
      for (let i = 0; i < 60; i += 1) {
        may.push(await registerCase(spis, { subject: `Zahtev broj ${i + 1} za upis u delovodnik`, party: { name: i % 2 ? 'Љубица Ђурђевић' : 'Petar Petrović' } }));
      }
      const { response, text } = await download(registry.get('/api/books/case-register.pdf?from=2026-05-01&to=2026-05-31'));
      const flat = oneLine(text);
      expect(flat).toContain('DELOVODNIK');
      expect(flat).toContain('Period: 01.05.2026. – 31.05.2026.');
      for (const file of may) expect(flat).toContain(`${file.number} `);
      expect(flat).not.toContain(april.number);
      const positions = may.map((file) => flat.indexOf(`${file.number} `));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      expect(flat).toContain('Љубица Ђурђевић');

      const numbered = pages(text);
      const total = numbered[0][1];
      expect(total).toBeGreaterThan(1);
      expect(numbered).toEqual(Array.from({ length: total }, (_, i) => [i + 1, total]));
      expect(response.headers['content-disposition']).toContain('filename="delovodnik-2026-05-01-2026-05-31.pdf"');
    });

    it('each caller prints only the cases they may read: official2 (unit 05) gets a register without unit 04', async () => {
      const text = oneLine((await download(official2.get('/api/books/case-register.pdf?from=2026-05-01&to=2026-05-31'))).text);
      expect(text).toContain('DELOVODNIK');
      for (const file of may) expect(text).not.toContain(file.number);
      expect(pages(text)).toEqual([[1, 1]]);
    });

    it('the delivery book shows each hand-over of the period with a column for the receiver\'s signature', async () => {
      await spis.travelTo('2026-06-08T08:00:00Z');
      const file = await registerCase(spis, { subject: 'Zahtev za lokacijske uslove' });
      const assigned = (await registry.post(`/api/cases/${file.id}/assign`).send({ assigneeId: officialId, version: file.version }).expect(200)).body as CaseBody;
      await caseAction(spis, 'official', assigned, 'accept');

      const text = oneLine((await download(registry.get('/api/books/delivery-book.pdf?from=2026-06-01&to=2026-06-30'))).text);
      for (const expected of ['DOSTAVNA KNJIGA', 'Potpis primaoca', file.number, 'Zahtev za lokacijske uslove', 'Jelena Jovanović', 'Ana Petrović', '08.06.2026. u 10:00', 'strana 1 od 1']) {
        expect(text).toContain(expected);
      }
      const may = oneLine((await download(registry.get('/api/books/delivery-book.pdf?from=2026-05-01&to=2026-05-31'))).text);
      expect(may).not.toContain(file.number);
    });

    it('the outgoing mail book lists the outgoing acts entered in the period with recipient and method', async () => {
      await spis.travelTo('2026-06-10T08:00:00Z');
      const file = await registerCase(spis, { subject: 'Zahtev za uverenje' });
      const assigned = (await registry.post(`/api/cases/${file.id}/assign`).send({ assigneeId: officialId, version: file.version }).expect(200)).body as CaseBody;
      await caseAction(spis, 'official', assigned, 'accept');
      const act = await official
        .post(`/api/cases/${file.id}/documents`)
        .send({ direction: 'outgoing', subject: 'Uverenje o činjenicama', dispatch: { recipientName: 'Щерьо Йорданов', recipientAddress: 'ул. Витоша 5, София', method: 'registered_post_return_receipt' } })
        .expect(201);

      const text = oneLine((await download(registry.get('/api/books/outgoing-mail.pdf?from=2026-06-01&to=2026-06-30'))).text);
      for (const expected of ['KNJIGA ZA OTPREMU POŠTE', act.body.number, 'Uverenje o činjenicama', 'Щерьо Йорданов', 'ул. Витоша 5, София', 'preporučeno sa povratnicom', 'čeka otpremu']) {
        expect(text).toContain(expected);
      }
    });

    it.each<[string, string]>([
      ['without `to`', 'from=2026-05-01'],
      ['without `from`', 'to=2026-05-31'],
      ['with `to` before `from`', 'from=2026-05-31&to=2026-05-01'],
      ['longer than a year', 'from=2026-01-01&to=2027-01-01'],
      ['with a day that does not exist', 'from=2026-02-01&to=2026-02-30'],
      ['with a month instead of a day', 'from=2026-05&to=2026-05-31'],
      ['with a time', 'from=2026-05-01T00:00:00Z&to=2026-05-31'],
    ])('a period %s is refused with 400', async (_case, query) => {
      for (const book of ['case-register', 'delivery-book', 'outgoing-mail']) {
        const response = await registry.get(`/api/books/${book}.pdf?${query}`).expect(400);
        expect(response.body.code).toBe('VALIDATION_FAILED');
      }
    });
  });

  describe('the archive book and a disposal list', () => {
    it('the archive book of a year lists its archived cases with retention and location; the disposal list shows its cases for the committee to sign', async () => {
      await spis.travelTo('2026-07-01T08:00:00Z');
      const archived = await archivedCase(spis, { classificationCode: '203', subject: 'Izvod iz matične knjige rođenih', party: { name: 'Ѓорѓе Ќосевски' }, location: { room: 'Depo 3', shelf: 'P-2', box: 'K-9' } });

      const book = oneLine((await download(archivist.get('/api/books/archive-book.pdf?year=2026'))).text);
      for (const expected of ['ARHIVSKA KNJIGA za 2026. godinu', archived.number, 'Izvod iz matične knjige rođenih', '2 god.', 'Depo 3 / P-2 / K-9', 'u arhivi']) expect(book).toContain(expected);
      expect((await official.get('/api/books/archive-book.pdf?year=2026').expect(403)).body.code).toBe('FORBIDDEN');
      expect((await archivist.get('/api/books/archive-book.pdf').expect(400)).body.code).toBe('VALIDATION_FAILED');
      expect((await archivist.get('/api/books/archive-book.pdf?year=20x6').expect(400)).body.code).toBe('VALIDATION_FAILED');

      await spis.travelTo('2030-01-05T09:00:00Z');
      const list = await archivist.post('/api/archive/disposal-lists').send({ caseIds: [archived.id], note: 'Izlučivanje za 2030.' }).expect(201);
      const { text } = await download(archivist.get(`/api/books/disposal-lists/${list.body.id}?lang=sr-Latn`));
      const flat = oneLine(text);
      for (const expected of ['POPIS ARHIVSKE GRAĐE ZA IZLUČIVANJE', archived.number, 'Izvod iz matične knjige rođenih', 'nacrt', 'Izlučivanje za 2030.', 'Članovi komisije', 'strana 1 od 1']) {
        expect(flat).toContain(expected);
      }
      expect((await head.get(`/api/books/disposal-lists/${list.body.id}`).expect(403)).body.code).toBe('FORBIDDEN');
      expect((await archivist.get('/api/books/disposal-lists/00000000-0000-4000-8000-000000000000').expect(404)).body.code).toBe('DISPOSAL_LIST_NOT_FOUND');
    });
  });
});
