import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { archivedCase, caseAction, closedCase, type CaseBody } from './support/case-flow.js';
import { startTestApp, type Client, type TestApp } from './support/test-app.js';

/**
 * The archive over HTTP: the archive book, lending (revers), and disposal / handover lists drawn
 * when retention has passed and approved by the committee, with the clock moved across decades.
 * The tests run in order on one database, as the years pass.
 */
describe('the archive', () => {
  let spis: TestApp;
  let archivist: Client, official: Client, registry: Client, head: Client, admin: Client;
  let officialId: string;
  /** Closed in 2026: class 352 (10 years), 352 again (lent out), 351 (permanent), 203 (2 years). */
  let tenYears: CaseBody, lendable: CaseBody, permanent: CaseBody, twoYears: CaseBody;
  /** Closed but never taken into the archive. */
  let notArchived: CaseBody;

  beforeAll(async () => {
    spis = await startTestApp();
    [archivist, official, registry, head, admin] = await Promise.all(['archivist', 'official', 'registry', 'head', 'admin'].map((name) => spis.as(name)));
    [{ id: officialId }] = await spis.dataSource.query(`SELECT id FROM app_user WHERE username = 'official'`);
    await spis.travelTo('2026-03-02T08:00:00Z');
    tenYears = await archivedCase(spis, { classificationCode: '352', subject: 'Priključak na vodovod', location: { room: 'Depo 2', shelf: 'P-4', box: 'K-17' } });
    lendable = await archivedCase(spis, { classificationCode: '352', subject: 'Održavanje javnih zelenih površina', location: 'Depo 2' });
    permanent = await archivedCase(spis, { classificationCode: '351', subject: 'Građevinska dozvola za stambeni objekat' });
    twoYears = await archivedCase(spis, { classificationCode: '203', subject: 'Izvod iz matične knjige rođenih' });
    notArchived = await closedCase(spis, { classificationCode: '352', subject: 'Zahtev koji je ostao u odeljenju' });
  });
  afterAll(() => spis.close());

  const ids = (items: Array<{ caseId: string }>) => items.map((item) => item.caseId);
  const lend = (file: CaseBody, borrower: unknown) => archivist.post(`/api/cases/${file.id}/actions/lend`).send({ version: file.version, borrower });
  /** The timeline line of `action` (each occurs once in these cases). */
  const event = (file: CaseBody, action: string) => (file.history as Array<{ action: string }>).find((line) => line.action === action);
  const current = async (file: CaseBody) => (await archivist.get(`/api/cases/${file.id}`).expect(200)).body as CaseBody;

  it('the archive book lists each archived case with its location, retention and who took it in, in book order', async () => {
    const book = await archivist.get('/api/archive/book?year=2026').expect(200);
    expect(book.body).toMatchObject({ total: 4, page: 1 });
    // Year, classification mark, serial: 203, 351, then the two 352 cases in number order.
    expect(ids(book.body.items)).toEqual([twoYears.id, permanent.id, tenYears.id, lendable.id]);
    expect(book.body.items[2]).toEqual({
      id: expect.any(String),
      caseId: tenYears.id,
      number: tenYears.number,
      year: 2026,
      classCode: '352',
      subject: 'Priključak na vodovod',
      partyName: 'Petar Petrović',
      retentionYears: 10,
      permanent: false,
      location: { room: 'Depo 2', shelf: 'P-4', box: 'K-17' },
      archivedAt: expect.stringMatching(/^2026-03-02T08:/),
      archivedBy: 'archivist',
      closedYear: 2026,
      eligibleFromYear: 2037,
      status: 'archived',
      openLoan: null,
    });
    expect(book.body.items[3].location).toEqual({ room: 'Depo 2', shelf: null, box: null });
    expect(book.body.items[1]).toMatchObject({ classCode: '351', permanent: true, retentionYears: null, eligibleFromYear: 2057 });

    expect(ids((await archivist.get('/api/archive/book?classCode=351').expect(200)).body.items)).toEqual([permanent.id]);
    expect((await archivist.get('/api/archive/book?year=2025').expect(200)).body).toMatchObject({ total: 0, items: [] });
    expect((await archivist.get('/api/archive/book?pageSize=1&page=2').expect(200)).body).toMatchObject({ total: 4, page: 2, pageSize: 1, items: [{ caseId: permanent.id }] });
    expect((await archivist.get('/api/archive/book?status=gone').expect(400)).body.code).toBe('VALIDATION_FAILED');

    // The case itself shows where it is kept.
    const detail = await current(tenYears);
    expect(detail.archive).toMatchObject({ entry: { location: { room: 'Depo 2', shelf: 'P-4', box: 'K-17' }, eligibleFromYear: 2037 }, openLoan: null, loans: [] });
  });

  it('an archive location that is neither a text nor { room, shelf?, box? } is refused with 400 naming the field, and the case stays closed', async () => {
    for (const location of [{ shelf: 'P-1' }, 42, '  ', { room: 'Depo 1', floor: '2' }]) {
      const refused = await archivist.post(`/api/cases/${notArchived.id}/actions/archive`).send({ version: notArchived.version, location }).expect(400);
      expect(refused.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [expect.objectContaining({ field: 'location' })] });
    }
    expect(await current(notArchived)).toMatchObject({ status: 'closed', version: notArchived.version, archive: null });
  });

  it('lending out and taking back are recorded on the case and in the loans book, overdue loans flagged', async () => {
    await spis.travelTo('2026-04-01T09:00:00Z');
    expect((await lend(lendable, '').expect(400)).body.errors).toEqual([expect.objectContaining({ field: 'borrower' })]);
    expect((await lend(lendable, { name: 'Ana Petrović', dueOn: '2026-03-31' }).expect(400)).body.errors).toEqual([expect.objectContaining({ field: 'borrower' })]);
    expect((await lend(lendable, { name: 'Ana Petrović', userId: '00000000-0000-4000-8000-000000000000' }).expect(400)).body.code).toBe('VALIDATION_FAILED');

    const lent = await lend(lendable, { name: 'Ana Petrović', userId: officialId, purpose: 'Žalba', dueOn: '2026-04-15' }).expect(200);
    expect(lent.body).toMatchObject({ status: 'lent', archive: { openLoan: { borrower: { name: 'Ana Petrović', userId: officialId }, purpose: 'Žalba', dueOn: '2026-04-15', lentBy: 'archivist' } } });
    const open = await archivist.get('/api/archive/loans?open=true').expect(200);
    expect(open.body).toMatchObject({ total: 1, items: [{ caseId: lendable.id, number: lendable.number, dueOn: '2026-04-15', overdue: false, returnedAt: null }] });
    const inBook = await archivist.get('/api/archive/book?status=lent').expect(200);
    expect(inBook.body.items).toEqual([expect.objectContaining({ caseId: lendable.id, status: 'lent', openLoan: expect.objectContaining({ borrower: { name: 'Ana Petrović', userId: officialId } }) })]);

    await spis.travelTo('2026-04-20T09:00:00Z');
    expect((await archivist.get('/api/archive/loans?open=true').expect(200)).body.items[0].overdue).toBe(true);
    const back = await caseAction(spis, 'archivist', lent.body, 'return');
    expect(back).toMatchObject({ status: 'archived', archive: { openLoan: null, loans: [expect.objectContaining({ receivedBy: 'archivist', overdue: false })] } });
    const loanId = (back.archive as { loans: Array<{ id: string }> }).loans[0].id;
    expect(event(back, 'lend')).toMatchObject({ actor: 'archivist', fromStatus: 'archived', toStatus: 'lent', details: { loanId } });
    expect(event(back, 'return')).toMatchObject({ actor: 'archivist', fromStatus: 'lent', toStatus: 'archived', details: { loanId } });
    expect((await archivist.get('/api/archive/loans?open=true').expect(200)).body.total).toBe(0);
    const closedLoans = await archivist.get('/api/archive/loans?open=false').expect(200);
    expect(closedLoans.body.items).toEqual([expect.objectContaining({ caseId: lendable.id, receivedBy: 'archivist', returnedAt: expect.any(String) })]);
    lendable = back;
  });

  it('officials, heads and the registry office neither read the archive book nor draw, approve or reject lists', async () => {
    const someList = '00000000-0000-4000-8000-000000000000';
    for (const client of [official, head, registry]) {
      await client.get('/api/archive/book').expect(403);
      await client.get('/api/archive/disposal-candidates').expect(403);
      await client.post('/api/archive/disposal-lists').send({}).expect(403);
      await client.post(`/api/archive/disposal-lists/${someList}/approve`).send({}).expect(403);
      await client.post(`/api/archive/disposal-lists/${someList}/reject`).send({ reason: 'Nepotpun spisak' }).expect(403);
    }
  });

  it('a case whose retention has not passed, a permanent case or a case outside the archive cannot be listed', async () => {
    await spis.travelTo('2030-01-02T09:00:00Z');
    // Two years kept from 1 January 2027: disposable from 2029; ten years: from 2037.
    const candidates = await archivist.get('/api/archive/disposal-candidates').expect(200);
    expect(ids(candidates.body.items)).toEqual([twoYears.id]);
    expect(candidates.body.items[0]).toMatchObject({ lent: false, eligibleFromYear: 2029 });

    const early = await archivist.post('/api/archive/disposal-lists').send({ caseIds: [twoYears.id, tenYears.id] }).expect(409);
    expect(early.body.code).toBe('RETENTION_NOT_PASSED');
    expect(early.body.detail).toContain(tenYears.number);
    expect(early.body.detail).toContain('2037');
    const kept = await archivist.post('/api/archive/disposal-lists').send({ caseIds: [permanent.id] }).expect(409);
    expect(kept.body).toMatchObject({ code: 'PERMANENT_NEVER_DISPOSED', detail: expect.stringContaining(permanent.number) });
    const outside = await archivist.post('/api/archive/disposal-lists').send({ caseIds: [notArchived.id] }).expect(409);
    expect(outside.body).toMatchObject({ code: 'CASE_NOT_IN_ARCHIVE', detail: expect.stringContaining(notArchived.number) });
    expect((await archivist.post('/api/archive/disposal-lists').send({ kind: 'handover', caseIds: [twoYears.id] }).expect(409)).body.code).toBe('NOT_PERMANENT_MATERIAL');
    expect((await archivist.post('/api/archive/disposal-lists').send({ kind: 'handover' }).expect(409)).body.code).toBe('NOTHING_TO_DISPOSE');
    expect((await archivist.post('/api/archive/disposal-lists').send({ caseIds: [twoYears.id, twoYears.id] }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    // Nothing refused left a list behind.
    expect((await archivist.get('/api/archive/disposal-lists').expect(200)).body.total).toBe(0);
  });

  it('approving a disposal list marks its cases destroyed; they stay readable with their history and in the archive book', async () => {
    const drawn = await archivist.post('/api/archive/disposal-lists').send({ note: 'Izlučivanje 2030' }).expect(201);
    expect(drawn.body).toMatchObject({ kind: 'disposal', status: 'draft', note: 'Izlučivanje 2030', createdBy: 'archivist', version: 1, itemCount: 1, approvedAt: null });
    expect(drawn.body.items).toEqual([expect.objectContaining({ caseId: twoYears.id, number: twoYears.number, classCode: '203', retentionYears: 2, location: { room: 'Depo 1', shelf: 'P-1', box: 'K-1' } })]);
    const listId = drawn.body.id as string;
    expect((await archivist.get('/api/archive/disposal-candidates').expect(200)).body.total).toBe(0);
    expect((await archivist.get(`/api/archive/disposal-lists/${listId}`).expect(200)).body).toMatchObject({ id: listId, status: 'draft' });
    expect((await archivist.get('/api/archive/disposal-lists?status=draft').expect(200)).body.items).toEqual([expect.objectContaining({ id: listId, itemCount: 1 })]);
    // Drawing the list changes nothing about the case yet.
    expect((await current(twoYears)).status).toBe('archived');

    const approved = await archivist
      .post(`/api/archive/disposal-lists/${listId}/approve`)
      .send({ version: 1, decisionNumber: '01-035-7/2030', archiveConsent: 'Istorijski arhiv, akt br. 12/2030 od 20.12.2029.' })
      .expect(200);
    expect(approved.body).toMatchObject({
      status: 'approved',
      approvedBy: 'archivist',
      decisionNumber: '01-035-7/2030',
      archiveConsent: 'Istorijski arhiv, akt br. 12/2030 od 20.12.2029.',
      version: 2,
      items: [expect.objectContaining({ caseId: twoYears.id, status: 'destroyed' })],
    });

    const destroyed = await current(twoYears);
    expect(destroyed).toMatchObject({ status: 'destroyed', version: twoYears.version + 1, availableActions: [] });
    expect((destroyed.documents as unknown[]).length).toBeGreaterThan(0);
    expect((destroyed.history as Array<{ action: string }>).map((event) => event.action)).toEqual(expect.arrayContaining(['register', 'close', 'archive', 'dispose']));
    expect(event(destroyed, 'dispose')).toMatchObject({ actor: 'archivist', fromStatus: 'archived', toStatus: 'destroyed', details: { listId } });
    expect(ids((await archivist.get('/api/archive/book?status=destroyed').expect(200)).body.items)).toEqual([twoYears.id]);

    const caseAudit = await admin.get(`/api/audit?entityType=Case&entityId=${twoYears.id}&action=case.dispose`).expect(200);
    expect(caseAudit.body.items).toEqual([expect.objectContaining({ actor: 'archivist', before: expect.objectContaining({ status: 'archived' }), after: expect.objectContaining({ status: 'destroyed' }) })]);
    const listAudit = await admin.get(`/api/audit?entityType=DisposalList&entityId=${listId}`).expect(200);
    expect(listAudit.body.items.map((entry: { action: string }) => entry.action)).toEqual(['disposal-list.approve', 'disposal-list.create']);

    const again = await archivist.post(`/api/archive/disposal-lists/${listId}/approve`).send({}).expect(409);
    expect(again.body.code).toBe('DISPOSAL_LIST_ALREADY_APPROVED');
    await archivist.post(`/api/cases/${twoYears.id}/actions/lend`).send({ version: destroyed.version, borrower: 'Ana' }).expect(409);
  });

  it('a case lent out blocks approval until it is back; a case is on one list at most', async () => {
    await spis.travelTo('2037-01-02T10:00:00Z');
    lendable = (await lend(lendable, { name: 'Odsek 04', dueOn: '2037-02-01' }).expect(200)).body;
    const candidates = await archivist.get('/api/archive/disposal-candidates?kind=disposal').expect(200);
    expect(candidates.body.items.map((item: { caseId: string; lent: boolean }) => [item.caseId, item.lent])).toEqual([
      [tenYears.id, false],
      [lendable.id, true],
    ]);

    const drawn = await archivist.post('/api/archive/disposal-lists').send({}).expect(201);
    expect(ids(drawn.body.items)).toEqual([tenYears.id, lendable.id]);
    const taken = await archivist.post('/api/archive/disposal-lists').send({ caseIds: [tenYears.id] }).expect(409);
    expect(taken.body).toMatchObject({ code: 'CASE_ALREADY_LISTED', detail: expect.stringContaining(tenYears.number) });
    expect((await archivist.post('/api/archive/disposal-lists').send({}).expect(409)).body.code).toBe('NOTHING_TO_DISPOSE');

    const approve = (body: Record<string, unknown>) => archivist.post(`/api/archive/disposal-lists/${drawn.body.id}/approve`).send(body);
    expect((await approve({ version: 7 }).expect(409)).body.code).toBe('VERSION_CONFLICT');
    const blocked = await approve({ version: 1 }).expect(409);
    expect(blocked.body).toMatchObject({ code: 'CASE_LENT_OUT', detail: expect.stringContaining(lendable.number) });
    // Refused as a whole: the case on the shelf was not touched either.
    expect((await current(tenYears)).status).toBe('archived');
    expect((await archivist.get(`/api/archive/disposal-lists/${drawn.body.id}`).expect(200)).body).toMatchObject({ status: 'draft', version: 1 });

    await caseAction(spis, 'archivist', lendable, 'return');
    const approved = await approve({ version: 1, decisionNumber: '01-035-1/2037' }).expect(200);
    expect(approved.body.items.map((item: { status: string }) => item.status)).toEqual(['destroyed', 'destroyed']);
    expect((await current(lendable)).status).toBe('destroyed');
  });

  it('permanent material is never disposed of and goes on a handover list 30 years after closing; two lists drawn at once never share it', async () => {
    await spis.travelTo('2056-06-01T09:00:00Z');
    expect((await archivist.get('/api/archive/disposal-candidates?kind=handover').expect(200)).body.total).toBe(0);

    await spis.travelTo('2057-01-02T09:00:00Z');
    expect((await archivist.get('/api/archive/disposal-candidates?kind=disposal').expect(200)).body.total).toBe(0);
    expect((await archivist.post('/api/archive/disposal-lists').send({ kind: 'disposal' }).expect(409)).body.code).toBe('NOTHING_TO_DISPOSE');
    expect(ids((await archivist.get('/api/archive/disposal-candidates?kind=handover').expect(200)).body.items)).toEqual([permanent.id]);

    const [first, second] = await Promise.all([
      archivist.post('/api/archive/disposal-lists').send({ kind: 'handover' }),
      archivist.post('/api/archive/disposal-lists').send({ kind: 'handover' }),
    ]);
    expect([first.status, second.status].sort()).toEqual([201, 409]);
    const drawn = first.status === 201 ? first : second;
    expect(drawn.body).toMatchObject({ kind: 'handover', status: 'draft', items: [expect.objectContaining({ caseId: permanent.id, permanent: true })] });
    expect((first.status === 409 ? first : second).body.code).toBe('NOTHING_TO_DISPOSE');

    const approved = await archivist
      .post(`/api/archive/disposal-lists/${drawn.body.id}/approve`)
      .send({ version: 1, archiveConsent: 'Preuzeto u Istorijski arhiv, zapisnik br. 3/2057' })
      .expect(200);
    expect(approved.body).toMatchObject({ status: 'approved', archiveConsent: 'Preuzeto u Istorijski arhiv, zapisnik br. 3/2057' });
    const handedOver = await current(permanent);
    expect(handedOver.status).toBe('handed_over');
    expect(event(handedOver, 'hand_over')).toMatchObject({ fromStatus: 'archived', toStatus: 'handed_over', details: { listId: drawn.body.id } });

    // The archive book keeps every entry, whatever became of the case.
    const book = await archivist.get('/api/archive/book?year=2026').expect(200);
    expect(book.body.items.map((item: { caseId: string; status: string }) => [item.caseId, item.status])).toEqual([
      [twoYears.id, 'destroyed'],
      [permanent.id, 'handed_over'],
      [tenYears.id, 'destroyed'],
      [lendable.id, 'destroyed'],
    ]);
  });

  it('the committee rejects a draft list with a reason; its cases become candidates again and go on a new list that is then approved', async () => {
    await spis.travelTo('2057-03-01T09:00:00Z');
    // Kept two years from 1 January 2058: disposable from 2060.
    const first = await archivedCase(spis, { classificationCode: '203', subject: 'Izvod iz matične knjige venčanih' });
    const second = await archivedCase(spis, { classificationCode: '203', subject: 'Uverenje o državljanstvu' });
    await spis.travelTo('2060-01-05T09:00:00Z');
    const drawn = await archivist.post('/api/archive/disposal-lists').send({ note: 'Izlučivanje 2060' }).expect(201);
    expect(ids(drawn.body.items)).toEqual([first.id, second.id]);
    const listId = drawn.body.id as string;
    const reject = (body: Record<string, unknown>, client = archivist) => client.post(`/api/archive/disposal-lists/${listId}/reject`).send(body);
    // While the draft stands, its cases are taken.
    expect((await archivist.post('/api/archive/disposal-lists').send({ caseIds: [first.id] }).expect(409)).body.code).toBe('CASE_ALREADY_LISTED');
    expect((await archivist.get('/api/archive/disposal-candidates').expect(200)).body.total).toBe(0);

    await reject({ reason: 'Nepotpun spisak' }, official).expect(403);
    for (const body of [{}, { reason: '   ' }, { reason: 'x'.repeat(2001) }, { reason: 42 }]) {
      const refused = (await reject(body).expect(400)).body;
      expect(refused.code).toBe('VALIDATION_FAILED');
      expect([...new Set(refused.errors.map((error: { field: string }) => error.field))]).toEqual(['reason']);
    }
    expect((await reject({ reason: 'Nepotpun spisak', version: 2 }).expect(409)).body.code).toBe('VERSION_CONFLICT');
    expect((await archivist.get(`/api/archive/disposal-lists/${listId}`).expect(200)).body).toMatchObject({ status: 'draft', version: 1, rejectedAt: null });

    const rejected = await reject({ reason: '  Nedostaje saglasnost arhiva  ', version: 1 }).expect(200);
    expect(rejected.body).toMatchObject({
      id: listId,
      status: 'rejected',
      rejectedAt: expect.stringMatching(/^2060-01-05T09:/),
      rejectedBy: 'archivist',
      rejectionReason: 'Nedostaje saglasnost arhiva',
      approvedAt: null,
      version: 2,
      itemCount: 2,
    });
    // Nothing is deleted: the rejected list keeps its items, and the cases were not touched.
    expect(ids(rejected.body.items)).toEqual([first.id, second.id]);
    expect(await current(first)).toMatchObject({ status: 'archived', version: first.version });
    const listed = await archivist.get('/api/archive/disposal-lists?status=rejected').expect(200);
    expect(listed.body).toMatchObject({ total: 1, items: [expect.objectContaining({ id: listId, status: 'rejected', rejectedBy: 'archivist', rejectionReason: 'Nedostaje saglasnost arhiva' })] });
    const listAudit = await admin.get(`/api/audit?entityType=DisposalList&entityId=${listId}&action=disposal-list.reject`).expect(200);
    expect(listAudit.body.items).toEqual([
      expect.objectContaining({
        actor: 'archivist',
        before: expect.objectContaining({ status: 'draft', cases: [first.number, second.number] }),
        after: expect.objectContaining({ status: 'rejected', rejectionReason: 'Nedostaje saglasnost arhiva', cases: [first.number, second.number] }),
      }),
    ]);

    // The database itself refuses a rejection without its reason or date, and a draft carrying one.
    for (const change of [`rejection_reason = NULL`, `rejected_at = NULL`, `status = 'draft'`]) {
      await expect(spis.dataSource.query(`UPDATE disposal_list SET ${change} WHERE id = $1`, [listId])).rejects.toThrow(/disposal_list_rejected/);
    }
    expect((await reject({ reason: 'Ponovo' }).expect(409)).body.code).toBe('DISPOSAL_LIST_REJECTED');
    expect((await archivist.post(`/api/archive/disposal-lists/${listId}/approve`).send({}).expect(409)).body.code).toBe('DISPOSAL_LIST_REJECTED');

    // Free again: candidates, a list naming one of them, and a list of all that is due.
    expect(ids((await archivist.get('/api/archive/disposal-candidates').expect(200)).body.items)).toEqual([first.id, second.id]);
    const named = await archivist.post('/api/archive/disposal-lists').send({ caseIds: [first.id] }).expect(201);
    expect(named.body).toMatchObject({ status: 'draft', items: [expect.objectContaining({ caseId: first.id })] });
    const rest = await archivist.post('/api/archive/disposal-lists').send({}).expect(201);
    expect(ids(rest.body.items)).toEqual([second.id]);
    expect((await archivist.get('/api/archive/disposal-candidates').expect(200)).body.total).toBe(0);

    const approved = await archivist.post(`/api/archive/disposal-lists/${named.body.id}/approve`).send({ version: 1, decisionNumber: '01-035-2/2060' }).expect(200);
    expect(approved.body).toMatchObject({ status: 'approved', rejectedAt: null, rejectionReason: null, items: [expect.objectContaining({ caseId: first.id, status: 'destroyed' })] });
    expect(event(await current(first), 'dispose')).toMatchObject({ details: { listId: named.body.id } });
    expect((await archivist.post(`/api/archive/disposal-lists/${named.body.id}/reject`).send({ reason: 'Prekasno' }).expect(409)).body.code).toBe('DISPOSAL_LIST_ALREADY_APPROVED');
    // The rejected list still shows what was on it, whatever became of the cases since.
    expect((await archivist.get(`/api/archive/disposal-lists/${listId}`).expect(200)).body).toMatchObject({ status: 'rejected', itemCount: 2 });
  });
});
