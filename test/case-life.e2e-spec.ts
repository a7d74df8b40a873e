import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type Client, type TestApp } from './support/test-app.js';

/**
 * The whole life of a case over HTTP with the demo users, from the registry office's counter to
 * the disposal committee, with the clock moved instead of waiting.
 */
describe('the life of a case', () => {
  let spis: TestApp;
  let registry: Client, head: Client, official: Client, official2: Client, archivist: Client, admin: Client;
  const unit: Record<string, string> = {};
  const user: Record<string, string> = {};

  beforeAll(async () => {
    spis = await startTestApp();
    [registry, head, official, official2, archivist, admin] = await Promise.all(
      ['registry', 'head', 'official', 'official2', 'archivist', 'admin'].map((name) => spis.as(name)),
    );
    for (const row of await spis.dataSource.query(`SELECT id, code FROM org_unit`)) unit[row.code] = row.id;
    for (const row of await spis.dataSource.query(`SELECT id, username FROM app_user`)) user[row.username] = row.id;
  });
  afterAll(() => spis.close());

  const at = (iso: string) => spis.travelTo(iso);
  const register = (overrides: Record<string, unknown> = {}) =>
    registry.post('/api/cases').send({
      classificationCode: '352',
      orgUnitId: unit['04'],
      subject: 'Zahtev za priključenje na vodovodnu mrežu',
      party: { name: 'Petar Petrović', address: 'Njegoševa 12, Demo' },
      receivedVia: 'counter',
      administrativeProcedure: true,
      ...overrides,
    });
  const act = (client: Client, id: string, action: string, body: Record<string, unknown>) => client.post(`/api/cases/${id}/actions/${action}`).send(body);

  it('runs from registration to approved disposal, every step recorded in its history and the audit trail', async () => {
    await at('2026-03-02T08:00:00Z');
    const created = await register({ attachmentsCount: 2, feeAmount: 320 }).expect(201);
    expect(created.body).toMatchObject({
      status: 'registered',
      year: 2026,
      classificationCode: '352',
      // ZUP: 30 days from the day after receipt; 1 April 2026 is a working day.
      dueDate: '2026-04-01',
      deadline: { state: 'ok', daysOverdue: 0 },
      version: 1,
      availableActions: ['assign', 'cancel'],
    });
    expect(created.body.number).toMatch(/^352-\d+\/2026-04$/);
    expect(created.body.documents).toEqual([expect.objectContaining({ subNumber: 1, number: `${created.body.number}/1`, direction: 'incoming' })]);
    const id = created.body.id as string;

    // The registry office hands it to the official; the hand-over waits in the delivery book.
    const assigned = await registry.post(`/api/cases/${id}/assign`).send({ assigneeId: user.official, version: 1 }).expect(200);
    expect(assigned.body).toMatchObject({ status: 'assigned', assigneeId: user.official, version: 2 });
    const delivery = assigned.body.deliveries.at(-1);
    expect(delivery).toMatchObject({ toUsername: 'official', confirmedAt: null });
    await official.post(`/api/deliveries/${delivery.id}/confirm`).send({}).expect(200);

    const accepted = await act(official, id, 'accept', { version: 2 }).expect(200);
    expect(accepted.body.status).toBe('in_progress');
    expect(accepted.body.availableActions).toEqual(expect.arrayContaining(['hold', 'resolve', 'close']));

    const outgoing = await official
      .post(`/api/cases/${id}/documents`)
      .send({ direction: 'outgoing', subject: 'Poziv za dopunu zahteva', dispatch: { recipientName: 'Petar Petrović', recipientAddress: 'Njegoševa 12, Demo', method: 'registered_post_return_receipt' } })
      .expect(201);
    expect(outgoing.body).toMatchObject({ subNumber: 2, number: `${created.body.number}/2`, dispatch: { status: 'pending' } });

    // Waiting for the party from 10 to 20 March: those days do not count.
    await at('2026-03-10T09:00:00Z');
    const held = await act(official, id, 'hold', { version: 3, reason: 'Čeka se dopuna', expectedUntil: '2026-03-25' }).expect(200);
    expect(held.body).toMatchObject({ status: 'on_hold', deadline: { state: 'paused' } });
    await at('2026-03-20T09:00:00Z');
    const resumed = await act(official, id, 'resume', { version: 4 }).expect(200);
    // 1 April + 10 days = Saturday 11 April; 12–13 April are Orthodox Easter and Easter Monday.
    expect(resumed.body).toMatchObject({ status: 'in_progress', dueDate: '2026-04-14' });
    expect(resumed.body.holds).toEqual([expect.objectContaining({ from: '2026-03-10', to: '2026-03-20', reason: 'Čeka se dopuna' })]);

    await at('2026-03-25T09:00:00Z');
    const resolved = await act(official, id, 'resolve', { version: 5, resolution: 'Rešenjem odobren priključak', resolutionKind: 'granted' }).expect(200);
    expect(resolved.body).toMatchObject({ status: 'resolved', resolutionKind: 'granted', deadline: { state: 'met' } });
    const closed = await act(official, id, 'close', { version: 6, resolution: 'Rešenjem odobren priključak; a/a' }).expect(200);
    expect(closed.body).toMatchObject({ status: 'closed', retention: { years: 10, permanent: false } });

    await at('2026-04-01T09:00:00Z');
    const archived = await act(archivist, id, 'archive', { version: 7, location: { room: 'Depo 1', shelf: 'P-3', box: 'K-12' } }).expect(200);
    expect(archived.body.status).toBe('archived');
    const book = await archivist.get('/api/archive/book?year=2026').expect(200);
    expect(book.body.items).toEqual([expect.objectContaining({ caseId: id, number: created.body.number, location: { room: 'Depo 1', shelf: 'P-3', box: 'K-12' } })]);

    await at('2026-05-04T09:00:00Z');
    expect((await act(archivist, id, 'lend', { version: 8, borrower: { name: 'Ana Petrović', userId: user.official, purpose: 'Žalba' } }).expect(200)).body.status).toBe('lent');
    await at('2026-05-11T09:00:00Z');
    expect((await act(archivist, id, 'return', { version: 9 }).expect(200)).body.status).toBe('archived');

    // Ten years kept, counted from 1 January after closing: disposable from 2037.
    await at('2036-06-01T09:00:00Z');
    await archivist.post('/api/archive/disposal-lists').send({ caseIds: [id] }).expect(409);
    await at('2037-01-05T09:00:00Z');
    const list = await archivist.post('/api/archive/disposal-lists').send({ caseIds: [id] }).expect(201);
    expect(list.body.status).toBe('draft');
    expect((await archivist.get(`/api/cases/${id}`).expect(200)).body.status).toBe('archived');
    await archivist.post(`/api/archive/disposal-lists/${list.body.id}/approve`).send({ decisionNumber: '01-112/2037' }).expect(200);

    // Destroyed, never deleted: the case, its acts and its whole history stay readable.
    const after = await archivist.get(`/api/cases/${id}`).expect(200);
    expect(after.body.status).toBe('destroyed');
    expect(after.body.documents).toHaveLength(2);
    expect(after.body.history.map((e: { action: string }) => e.action)).toEqual([
      'register', 'assign', 'delivery.confirm', 'accept', 'act.add', 'hold', 'resume', 'resolve', 'close', 'archive', 'lend', 'return', 'dispose',
    ]);
    expect(after.body.history[0]).toMatchObject({ actor: 'registry', toStatus: 'registered' });
    expect(after.body.history.at(-1)).toMatchObject({ fromStatus: 'archived', toStatus: 'destroyed' });

    const audit = await admin.get(`/api/audit?entityType=Case&entityId=${id}&pageSize=100`).expect(200);
    const actions = audit.body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['case.register', 'case.assign', 'case.accept', 'case.hold', 'case.close', 'case.archive', 'case.dispose']));
    const closing = audit.body.items.find((e: { action: string }) => e.action === 'case.close');
    expect(closing).toMatchObject({ actor: 'official', before: { status: 'resolved' }, after: { status: 'closed' } });
  });

  it('refuses a transition the state machine does not allow, and a stale version, with 409 and changes nothing', async () => {
    await at('2026-06-01T08:00:00Z');
    const { body } = await register().expect(201);
    const invalid = await act(official, body.id, 'close', { version: 1, resolution: 'x' }).expect(409);
    expect(invalid.body).toMatchObject({ code: 'INVALID_TRANSITION' });
    await registry.post(`/api/cases/${body.id}/assign`).send({ assigneeId: user.official }).expect(200);
    const stale = await act(official, body.id, 'accept', { version: 1 }).expect(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    const current = await official.get(`/api/cases/${body.id}`).expect(200);
    expect(current.body).toMatchObject({ status: 'assigned', version: 2 });
  });

  it('names the missing details of an action and refuses unknown actions and disposal outside a list', async () => {
    await at('2026-06-02T08:00:00Z');
    const { body } = await register().expect(201);
    await registry.post(`/api/cases/${body.id}/assign`).send({ assigneeId: user.official }).expect(200);
    await act(official, body.id, 'accept', { version: 2 }).expect(200);
    const noResolution = await act(official, body.id, 'close', { version: 3 }).expect(400);
    expect(noResolution.body.errors).toEqual([expect.objectContaining({ field: 'resolution' })]);
    const noReason = await act(registry, body.id, 'cancel', { version: 3 }).expect(400);
    expect(noReason.body.errors).toEqual([expect.objectContaining({ field: 'reason' })]);
    expect((await act(official, body.id, 'shred', { version: 3 }).expect(400)).body.code).toBe('UNKNOWN_CASE_ACTION');
    expect((await act(archivist, body.id, 'dispose', { version: 3 }).expect(409)).body.code).toBe('DISPOSAL_LIST_REQUIRED');
    expect((await act(official, body.id, 'hold', {}).expect(400)).body.code).toBe('VALIDATION_FAILED');
  });

  it('an official of another unit sees nothing of the case, and an official cannot take over work that is not theirs', async () => {
    await at('2026-06-03T08:00:00Z');
    const { body } = await register({ subject: 'Zahtev za uklanjanje bespravnog objekta' }).expect(201);
    await official2.get(`/api/cases/${body.id}`).expect(404);
    expect((await official2.get('/api/cases?pageSize=200').expect(200)).body.items.map((c: { id: string }) => c.id)).not.toContain(body.id);
    await act(official2, body.id, 'cancel', { version: 1, reason: 'x' }).expect(404);
    await official2.post(`/api/cases/${body.id}/documents`).send({ direction: 'internal', subject: 'Beleška' }).expect(404);

    // The head of unit 04 assigns to their own official, not to someone in unit 05.
    await head.post(`/api/cases/${body.id}/assign`).send({ assigneeId: user.official2 }).expect(400);
    await head.post(`/api/cases/${body.id}/assign`).send({ assigneeId: user.official }).expect(200);
    // Before it reaches the archive, the archivist does not see it; the official of the unit does.
    await archivist.get(`/api/cases/${body.id}`).expect(404);
    await official.get(`/api/cases/${body.id}`).expect(200);
    await official.post(`/api/cases/${body.id}/assign`).send({ assigneeId: user.official }).expect(403);
    // The head cannot move the case out of their unit.
    await head.post(`/api/cases/${body.id}/assign`).send({ orgUnitId: unit['05'] }).expect(403);
  });

  it('the registry office hands a case to another unit, whose head assigns it; the first delivery is superseded', async () => {
    await at('2026-06-04T08:00:00Z');
    const { body } = await register({ classificationCode: '463', subject: 'Zakup poslovnog prostora' }).expect(201);
    const toUnit = await registry.post(`/api/cases/${body.id}/assign`).send({ orgUnitId: unit['05'] }).expect(200);
    expect(toUnit.body).toMatchObject({ status: 'registered', orgUnitId: unit['05'], assigneeId: null });
    await official2.get(`/api/cases/${body.id}`).expect(200);
    await official.get(`/api/cases/${body.id}`).expect(404);
    const reassigned = await registry.post(`/api/cases/${body.id}/assign`).send({ assigneeId: user.official2 }).expect(200);
    expect(reassigned.body.deliveries.map((d: { supersededAt: string | null }) => d.supersededAt !== null)).toEqual([true, false]);
    expect((await act(official2, body.id, 'accept', { version: 3 }).expect(200)).body.status).toBe('in_progress');
  });

  it('a case cancelled as registered by mistake keeps its number, and a reopened case records why', async () => {
    await at('2026-06-05T08:00:00Z');
    const mistaken = await register({ subject: 'Greškom zaveden podnesak' }).expect(201);
    const cancelled = await act(registry, mistaken.body.id, 'cancel', { version: 1, reason: 'Podnesak pripada drugom organu' }).expect(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', number: mistaken.body.number, cancelReason: 'Podnesak pripada drugom organu', availableActions: [] });
    const next = await register({ subject: 'Sledeći podnesak' }).expect(201);
    expect(next.body.serial).toBe(mistaken.body.serial + 1);

    await registry.post(`/api/cases/${next.body.id}/assign`).send({ assigneeId: user.official }).expect(200);
    await act(official, next.body.id, 'accept', { version: 2 }).expect(200);
    await act(official, next.body.id, 'close', { version: 3, resolution: 'Usvojen zahtev' }).expect(200);
    // An appeal arrives: the registry office joins it to the closed case, the official reopens it.
    const appeal = await registry.post(`/api/cases/${next.body.id}/documents`).send({ direction: 'incoming', subject: 'Žalba', correspondent: 'Petar Petrović', receivedVia: 'post' }).expect(201);
    expect(appeal.body.subNumber).toBe(2);
    const reopened = await act(official, next.body.id, 'reopen', { version: 4, reason: 'Žalba stranke' }).expect(200);
    expect(reopened.body).toMatchObject({ status: 'in_progress', resolution: null, retention: null });
    expect(reopened.body.history.at(-1)).toMatchObject({ action: 'reopen', details: { reason: 'Žalba stranke', previousResolution: 'Usvojen zahtev' } });
  });

  it('computes the legal deadline by ZUP: 30 days, 60 with an examination procedure, none outside administrative procedure', async () => {
    await at('2026-03-02T08:00:00Z');
    expect((await register({ examinationProcedure: true }).expect(201)).body.dueDate).toBe('2026-05-04');
    expect((await register({ administrativeProcedure: false }).expect(201)).body).toMatchObject({ dueDate: null, deadline: null });
    expect((await register({ deadlineDays: 8 }).expect(201)).body.dueDate).toBe('2026-03-10');
  });

  it('warns the clerk of a possible duplicate: same party, same matter, registered in the last days', async () => {
    await at('2026-07-01T08:00:00Z');
    await register({ party: { name: 'Јован Јовановић' }, subject: 'Захтев за легализацију објекта' }).expect(201);
    await at('2026-07-03T08:00:00Z');
    const second = await register({ party: { name: 'Jovan Jovanović' }, subject: 'Zahtev za legalizaciju objekta' }).expect(201);
    expect(second.body.warnings).toEqual([{ code: 'POSSIBLE_DUPLICATE', cases: [expect.objectContaining({ subject: 'Захтев за легализацију објекта' })] }]);
    const other = await register({ party: { name: 'Jovan Jovanović' }, subject: 'Prijava komunalnog problema' }).expect(201);
    expect(other.body.warnings).toEqual([]);
    const check = await registry.get('/api/cases/possible-duplicates').query({ partyName: 'JOVAN JOVANOVIC', subject: 'zahtev za legalizaciju objekta' }).expect(200);
    expect(check.body.items).toHaveLength(2);
  });

  it('refuses bad registrations with a clear 400 and uses no number for them', async () => {
    await at('2026-08-03T08:00:00Z');
    const before = await register().expect(201);
    expect((await register({ classificationCode: '999' }).expect(400)).body.code).toBe('CLASSIFICATION_MARK_NOT_VALID');
    expect((await register({ receivedAt: '2026-08-10T08:00:00Z' }).expect(400)).body.errors).toEqual([expect.objectContaining({ field: 'receivedAt' })]);
    expect((await register({ party: { name: 'Petar', personalId: '0101990710007' } }).expect(400)).body.code).toBe('INVALID_JMBG');
    expect((await register({ receivedVia: 'pigeon' }).expect(400)).body.errors).toEqual([expect.objectContaining({ field: 'receivedVia' })]);
    expect((await register({ orgUnitId: '00000000-0000-4000-8000-000000000000' }).expect(400)).body.code).toBe('ORG_UNIT_NOT_FOUND');
    const after = await register().expect(201);
    expect(after.body.serial).toBe(before.body.serial + 1);
  });

  it('shows the party\'s personal number only to those who work with the case', async () => {
    await at('2026-08-04T08:00:00Z');
    const { body } = await register({ party: { name: 'Milica Ilić', personalId: '0101990710008' } }).expect(201);
    expect(body.party.personalId).toBe('0101990710008');
    await registry.post(`/api/cases/${body.id}/assign`).send({ assigneeId: user.official }).expect(200);
    expect((await official.get(`/api/cases/${body.id}`).expect(200)).body.party.personalId).toBe('0101990710008');
    await act(official, body.id, 'accept', { version: 2 }).expect(200);
    await act(official, body.id, 'close', { version: 3, resolution: 'Rešeno' }).expect(200);
    const seenByArchivist = await archivist.get(`/api/cases/${body.id}`).expect(200);
    expect(seenByArchivist.body.party).toEqual({ name: 'Milica Ilić', address: null });
  });
});
