import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type Client, type TestApp } from './support/test-app.js';

/**
 * The internal delivery book (dostavna knjiga) and the outgoing mail book (knjiga za otpremu
 * pošte) as the registry office, the unit and the officials use them.
 */
describe('the delivery book and the outgoing mail book', () => {
  let spis: TestApp;
  let registry: Client, head: Client, official: Client, official2: Client, admin: Client;
  const unit: Record<string, string> = {};
  const user: Record<string, string> = {};
  /** Entries of unit 04's cases, which official2 (unit 05) must never see. */
  const unit04Deliveries: string[] = [];
  const unit04Mail: string[] = [];

  beforeAll(async () => {
    spis = await startTestApp();
    [registry, head, official, official2, admin] = await Promise.all(['registry', 'head', 'official', 'official2', 'admin'].map((name) => spis.as(name)));
    for (const row of await spis.dataSource.query(`SELECT id, code FROM org_unit`)) unit[row.code] = row.id;
    for (const row of await spis.dataSource.query(`SELECT id, username FROM app_user`)) user[row.username] = row.id;
  });
  afterAll(() => spis.close());

  const at = (iso: string) => spis.clock.travelTo(new Date(iso));
  const register = async (subject: string, orgUnitCode = '04') => {
    const response = await registry
      .post('/api/cases')
      .send({ classificationCode: '351', orgUnitId: unit[orgUnitCode], subject, party: { name: 'Petar Petrović', address: 'Njegoševa 12, Demo' }, receivedVia: 'counter' })
      .expect(201);
    return response.body as { id: string; number: string; version: number };
  };
  const assign = async (client: Client, caseId: string, body: Record<string, unknown>) =>
    (await client.post(`/api/cases/${caseId}/assign`).send(body).expect(200)).body as { version: number };
  const deliveriesOf = async (client: Client, caseId: string) =>
    (await client.get(`/api/deliveries?caseId=${caseId}`).expect(200)).body.items as Array<Record<string, any>>;
  const historyOf = async (caseId: string) => (await registry.get(`/api/cases/${caseId}`).expect(200)).body.history as Array<{ action: string; details: any }>;

  describe('the internal delivery book', () => {
    it('shows a hand-over to the official as pending until the official confirms receipt; nobody else can confirm it', async () => {
      at('2026-03-02T08:00:00Z');
      const file = await register('Zahtev za lokacijske uslove');
      await assign(registry, file.id, { assigneeId: user.official, note: 'Hitno', version: 1 });

      const [entry] = await deliveriesOf(registry, file.id);
      expect(entry).toMatchObject({
        caseId: file.id,
        caseNumber: file.number,
        subject: 'Zahtev za lokacijske uslove',
        from: { userId: user.registry, username: 'registry', fullName: 'Jelena Jovanović', orgUnitCode: '01-1' },
        to: { orgUnitId: unit['04'], orgUnitCode: '04', userId: user.official, username: 'official', fullName: 'Ana Petrović' },
        handedAt: expect.any(String),
        note: 'Hitno',
        confirmedAt: null,
        confirmedBy: null,
        supersededAt: null,
      });
      expect(new Date(entry.handedAt).getTime()).toBeGreaterThanOrEqual(Date.parse('2026-03-02T08:00:00Z'));
      unit04Deliveries.push(entry.id);
      const pendingForOfficial = (await official.get(`/api/deliveries?pending=true&toUserId=${user.official}`).expect(200)).body;
      expect(pendingForOfficial.items.map((d: { id: string }) => d.id)).toContain(entry.id);

      // official2 works in another unit and cannot see the case; head and registry see it but are not the receiver.
      expect((await official2.post(`/api/deliveries/${entry.id}/confirm`).send({}).expect(404)).body.code).toBe('DELIVERY_NOT_FOUND');
      expect((await head.post(`/api/deliveries/${entry.id}/confirm`).send({}).expect(403)).body.code).toBe('FORBIDDEN');
      expect((await registry.post(`/api/deliveries/${entry.id}/confirm`).send({}).expect(403)).body.code).toBe('FORBIDDEN');

      at('2026-03-02T10:30:00Z');
      const confirmed = await official.post(`/api/deliveries/${entry.id}/confirm`).send({ note: 'Primljeno sa 2 priloga' }).expect(200);
      expect(confirmed.body).toMatchObject({
        id: entry.id,
        confirmedBy: { userId: user.official, username: 'official', fullName: 'Ana Petrović' },
        supersededAt: null,
      });
      expect(new Date(confirmed.body.confirmedAt).getTime()).toBeGreaterThanOrEqual(new Date('2026-03-02T10:30:00Z').getTime());

      const again = await official.post(`/api/deliveries/${entry.id}/confirm`).send({}).expect(409);
      expect(again.body.code).toBe('DELIVERY_ALREADY_CONFIRMED');
      const stillPending = (await official.get('/api/deliveries?pending=true').expect(200)).body.items.map((d: { id: string }) => d.id);
      expect(stillPending).not.toContain(entry.id);
      const done = (await official.get('/api/deliveries?pending=false').expect(200)).body.items.map((d: { id: string }) => d.id);
      expect(done).toContain(entry.id);

      expect(await historyOf(file.id)).toContainEqual(
        expect.objectContaining({ action: 'delivery.confirm', details: expect.objectContaining({ deliveryId: entry.id, note: 'Primljeno sa 2 priloga' }) }),
      );
      const audit = (await admin.get(`/api/audit?entityType=CaseDelivery&entityId=${entry.id}`).expect(200)).body.items;
      expect(audit).toEqual([expect.objectContaining({ action: 'case-delivery.confirm', entityId: entry.id })]);
    });

    it('accepting the case confirms the receipt of its pending hand-over', async () => {
      const file = await register('Zahtev za građevinsku dozvolu');
      const assigned = await assign(registry, file.id, { assigneeId: user.official, version: 1 });
      const [entry] = await deliveriesOf(official, file.id);
      unit04Deliveries.push(entry.id);
      await official.post(`/api/cases/${file.id}/actions/accept`).send({ version: assigned.version }).expect(200);
      const [after] = await deliveriesOf(official, file.id);
      expect(after).toMatchObject({ id: entry.id, confirmedBy: { username: 'official' }, supersededAt: null });
      expect(after.confirmedAt).not.toBeNull();
    });

    it('a reassignment supersedes a hand-over nobody confirmed, which can no longer be confirmed', async () => {
      const file = await register('Zahtev za legalizaciju');
      const first = await assign(registry, file.id, { assigneeId: user.official, version: 1 });
      const [toOfficial] = await deliveriesOf(registry, file.id);
      await assign(registry, file.id, { orgUnitId: unit['05'], assigneeId: user.official2, version: first.version });

      const entries = await deliveriesOf(registry, file.id);
      // Newest first: the hand-over to official2, then the superseded one.
      expect(entries).toEqual([
        expect.objectContaining({ to: expect.objectContaining({ orgUnitCode: '05', username: 'official2' }), confirmedAt: null, supersededAt: null }),
        expect.objectContaining({ id: toOfficial.id, confirmedAt: null, supersededAt: expect.any(String) }),
      ]);
      // Addressed to official, so official still sees it in the book although the case left the unit.
      const superseded = await official.post(`/api/deliveries/${toOfficial.id}/confirm`).send({}).expect(409);
      expect(superseded.body.code).toBe('DELIVERY_SUPERSEDED');
      expect((await official.get('/api/deliveries?pending=true').expect(200)).body.items.map((d: { id: string }) => d.id)).not.toContain(toOfficial.id);
      await official2.post(`/api/deliveries/${entries[0].id}/confirm`).send({}).expect(200);
    });

    it('a hand-over to a unit is confirmed by whoever assigns the unit\'s cases, not by its officials or the sender', async () => {
      const file = await register('Zahtev za uklanjanje objekta', '05');
      await assign(registry, file.id, { orgUnitId: unit['04'], version: 1 });
      const [toUnit] = await deliveriesOf(registry, file.id);
      unit04Deliveries.push(toUnit.id);
      expect(toUnit).toMatchObject({ to: { orgUnitCode: '04', userId: null, username: null, fullName: null }, confirmedAt: null });

      await official.post(`/api/deliveries/${toUnit.id}/confirm`).send({}).expect(403);
      await registry.post(`/api/deliveries/${toUnit.id}/confirm`).send({}).expect(403);
      // The case is no longer in unit 05.
      await official2.post(`/api/deliveries/${toUnit.id}/confirm`).send({}).expect(404);
      const confirmed = await head.post(`/api/deliveries/${toUnit.id}/confirm`).send({}).expect(200);
      expect(confirmed.body.confirmedBy).toMatchObject({ username: 'head' });
    });

    it('filters by the day of the hand-over (Belgrade time) and refuses malformed filters', async () => {
      at('2026-03-09T23:30:00Z'); // already 10 March in Belgrade
      const file = await register('Zahtev za upotrebnu dozvolu');
      await assign(registry, file.id, { assigneeId: user.official, version: 1 });
      const [entry] = await deliveriesOf(registry, file.id);
      unit04Deliveries.push(entry.id);
      const ids = async (query: string) => (await registry.get(`/api/deliveries?${query}`).expect(200)).body.items.map((d: { id: string }) => d.id);
      expect(await ids('from=2026-03-10&to=2026-03-10')).toEqual([entry.id]);
      expect(await ids('to=2026-03-09')).not.toContain(entry.id);
      expect(await ids('from=2026-03-09T23:00:00Z&pageSize=1')).toEqual([entry.id]);
      await registry.get('/api/deliveries?pending=maybe').expect(400);
      await registry.get('/api/deliveries?caseId=not-a-uuid').expect(400);
      await registry.get('/api/deliveries?from=2026-02-30').expect(400);
      await registry.get('/api/deliveries?to=2026-03').expect(400);
      await registry.get('/api/deliveries?from=2026-03-10T25:00:00Z').expect(400);
    });
  });

  describe('the outgoing mail book', () => {
    let file: { id: string; number: string };

    /** A case the official is working on, with an outgoing act to be dispatched. */
    const caseWithOutgoingAct = async (subject: string, method: string) => {
      const created = await register(subject);
      const assigned = await assign(registry, created.id, { assigneeId: user.official, version: 1 });
      await official.post(`/api/cases/${created.id}/actions/accept`).send({ version: assigned.version }).expect(200);
      const act = await official
        .post(`/api/cases/${created.id}/documents`)
        .send({ direction: 'outgoing', subject: 'Rešenje o lokacijskim uslovima', dispatch: { recipientName: 'Petar Petrović', recipientAddress: 'Njegoševa 12, Demo', method } })
        .expect(201);
      return { file: created, act: act.body as { id: string; number: string } };
    };
    const mailOf = async (client: Client, caseId: string) =>
      (await client.get(`/api/outgoing-mail?caseId=${caseId}`).expect(200)).body.items as Array<Record<string, any>>;

    it('an outgoing act waits as pending, the registry office sends it, and the returned receipt is recorded', async () => {
      at('2026-03-11T09:00:00Z');
      const made = await caseWithOutgoingAct('Zahtev za lokacijske uslove za garažu', 'registered_post_return_receipt');
      file = made.file;
      const [pending] = await mailOf(registry, file.id);
      expect(pending).toMatchObject({
        caseId: file.id,
        caseNumber: file.number,
        actId: made.act.id,
        actNumber: `${file.number}/2`,
        actSubject: 'Rešenje o lokacijskim uslovima',
        recipientName: 'Petar Petrović',
        recipientAddress: 'Njegoševa 12, Demo',
        method: 'registered_post_return_receipt',
        status: 'pending',
        sentOn: null,
        sentBy: null,
        deliveredOn: null,
        receiptNote: null,
        version: 1,
      });
      unit04Mail.push(pending.id);
      expect((await official.get('/api/outgoing-mail?status=pending').expect(200)).body.items.map((m: { id: string }) => m.id)).toContain(pending.id);

      // The official reads the book but the registry office dispatches.
      expect((await official.post(`/api/outgoing-mail/${pending.id}/send`).send({}).expect(403)).body.code).toBe('FORBIDDEN');
      const early = await registry.post(`/api/outgoing-mail/${pending.id}/receipt`).send({ deliveredOn: '2026-03-11' }).expect(409);
      expect(early.body.code).toBe('MAIL_NOT_SENT');

      at('2026-03-12T09:00:00Z');
      const future = await registry.post(`/api/outgoing-mail/${pending.id}/send`).send({ sentOn: '2026-03-13' }).expect(400);
      expect(future.body.errors).toEqual([expect.objectContaining({ field: 'sentOn', rule: 'notInFuture' })]);
      const beforeAct = await registry.post(`/api/outgoing-mail/${pending.id}/send`).send({ sentOn: '2026-03-10' }).expect(400);
      expect(beforeAct.body.errors).toEqual([expect.objectContaining({ field: 'sentOn', rule: 'notBeforeAct' })]);
      expect((await registry.post(`/api/outgoing-mail/${pending.id}/send`).send({ version: 7 }).expect(409)).body.code).toBe('VERSION_CONFLICT');

      const sent = await registry.post(`/api/outgoing-mail/${pending.id}/send`).send({ sentOn: '2026-03-11', version: 1 }).expect(200);
      expect(sent.body).toMatchObject({ status: 'sent', sentOn: '2026-03-11', sentBy: { userId: user.registry, username: 'registry' }, version: 2 });
      const twice = await registry.post(`/api/outgoing-mail/${pending.id}/send`).send({}).expect(409);
      expect(twice.body.code).toBe('MAIL_ALREADY_SENT');

      const backdated = await registry.post(`/api/outgoing-mail/${pending.id}/receipt`).send({ deliveredOn: '2026-03-10', version: 2 }).expect(400);
      expect(backdated.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [expect.objectContaining({ field: 'deliveredOn', rule: 'notBeforeSent' })] });
      await registry.post(`/api/outgoing-mail/${pending.id}/receipt`).send({ deliveredOn: '2026-03-13', version: 2 }).expect(400);
      await registry.post(`/api/outgoing-mail/${pending.id}/receipt`).send({ deliveredOn: '2026-3-12', version: 2 }).expect(400);
      expect((await registry.post(`/api/outgoing-mail/${pending.id}/receipt`).send({ deliveredOn: '2026-03-12', version: 1 }).expect(409)).body.code).toBe(
        'VERSION_CONFLICT',
      );

      const returned = await registry
        .post(`/api/outgoing-mail/${pending.id}/receipt`)
        .send({ deliveredOn: '2026-03-12', returned: true, note: 'Primalac nepoznat na adresi', version: 2 })
        .expect(200);
      expect(returned.body).toMatchObject({ status: 'returned', sentOn: '2026-03-11', deliveredOn: '2026-03-12', receiptNote: 'Primalac nepoznat na adresi', version: 3 });
      const recorded = await registry.post(`/api/outgoing-mail/${pending.id}/receipt`).send({ deliveredOn: '2026-03-12' }).expect(409);
      expect(recorded.body.code).toBe('MAIL_RECEIPT_ALREADY_RECORDED');

      const detail = (await official.get(`/api/cases/${file.id}`).expect(200)).body;
      expect(detail.documents[1].dispatch).toMatchObject({ id: pending.id, status: 'returned' });
      const actions = detail.history.map((line: { action: string }) => line.action);
      expect(actions).toEqual(expect.arrayContaining(['mail.send', 'mail.receipt']));
      expect(detail.history.find((line: { action: string }) => line.action === 'mail.receipt').details).toMatchObject({ mailId: pending.id, status: 'returned' });
      const audit = (await admin.get(`/api/audit?entityType=OutgoingMail&entityId=${pending.id}`).expect(200)).body.items.map((e: { action: string }) => e.action);
      expect(audit.sort()).toEqual(['outgoing-mail.receipt', 'outgoing-mail.send']);
    });

    it('a letter sent today is delivered, and the book filters by status, method and day sent', async () => {
      at('2026-03-13T09:00:00Z');
      const made = await caseWithOutgoingAct('Zahtev za priključak', 'email');
      const [entry] = await mailOf(registry, made.file.id);
      unit04Mail.push(entry.id);
      const sent = await registry.post(`/api/outgoing-mail/${entry.id}/send`).send({}).expect(200);
      expect(sent.body).toMatchObject({ status: 'sent', sentOn: '2026-03-13' });
      const delivered = await registry.post(`/api/outgoing-mail/${entry.id}/receipt`).send({ deliveredOn: '2026-03-13', version: 2 }).expect(200);
      expect(delivered.body).toMatchObject({ status: 'delivered', deliveredOn: '2026-03-13', receiptNote: null });

      const ids = async (query: string) => (await registry.get(`/api/outgoing-mail?${query}`).expect(200)).body.items.map((m: { id: string }) => m.id);
      expect(await ids('status=delivered')).toEqual([entry.id]);
      expect(await ids('status=returned')).toEqual([unit04Mail[0]]);
      expect(await ids('method=email')).toEqual([entry.id]);
      expect(await ids('sentFrom=2026-03-01&sentTo=2026-03-12')).toEqual([unit04Mail[0]]);
      expect(await ids('sentFrom=2026-03-13')).toEqual([entry.id]);
      // The book in the order entries were made; latest first for a clerk looking for what was just sent.
      expect(await ids('pageSize=200')).toEqual(unit04Mail);
      expect(await ids('pageSize=200&order=newest')).toEqual([...unit04Mail].reverse());
      expect(await ids('pageSize=1&page=2&order=newest')).toEqual([unit04Mail.at(-2)]);
      await registry.get('/api/outgoing-mail?order=random').expect(400);
      await registry.get('/api/outgoing-mail?status=lost').expect(400);
      await registry.get('/api/outgoing-mail?sentFrom=yesterday').expect(400);
    });
  });

  describe('visibility', () => {
    it('an official of another unit sees none of the entries of unit 04\'s cases', async () => {
      const deliveries = (await official2.get('/api/deliveries?pageSize=200').expect(200)).body.items.map((d: { id: string }) => d.id);
      const mail = (await official2.get('/api/outgoing-mail?pageSize=200').expect(200)).body;
      expect(deliveries.filter((id: string) => unit04Deliveries.includes(id))).toEqual([]);
      expect(mail).toMatchObject({ items: [], total: 0 });
      const registryView = (await registry.get('/api/deliveries?pageSize=200').expect(200)).body.items.map((d: { id: string }) => d.id);
      expect(registryView).toEqual(expect.arrayContaining(unit04Deliveries));
      const registryMail = (await registry.get('/api/outgoing-mail?pageSize=200').expect(200)).body.items.map((m: { id: string }) => m.id);
      expect(registryMail).toEqual(expect.arrayContaining(unit04Mail));
      expect(unit04Mail).toHaveLength(2);
      expect((await official2.post(`/api/deliveries/${unit04Deliveries[0]}/confirm`).send({}).expect(404)).body.code).toBe('DELIVERY_NOT_FOUND');
    });
  });
});
