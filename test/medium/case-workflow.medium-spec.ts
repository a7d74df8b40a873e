import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CaseWorkflowService } from '../../libs/cases/case-workflow.service.js';
import { CaseActionDto } from '../../libs/cases/dto/case-commands.dto.js';
import { Factories, type NewCase, type NewUser } from '../support/factories.js';
import { dto, startMediumApp, type MediumApp } from '../support/medium-app.js';

/**
 * The case workflow service with its real SQL: each step of a case's life locks the case, checks
 * the version, changes the state, and writes the timeline line and the audit entry in the caller's
 * transaction, by the caller. The clock is moved to Belgrade wall-clock times (CET before 29 March
 * 2026) and runs on from there, so the timeline is checked to the day.
 */
describe('CaseWorkflowService', () => {
  let medium: MediumApp;
  let make: Factories;
  let workflow: CaseWorkflowService;

  beforeAll(async () => {
    medium = await startMediumApp();
    make = new Factories(medium);
    workflow = medium.get(CaseWorkflowService);
  });
  afterAll(() => medium.close());

  const at = (instant: string) => medium.clock.travelTo(new Date(instant));
  const act = (actor: NewUser, file: { id: string; version: number }, action: string, details: Record<string, unknown> = {}) =>
    medium.as(actor, async (principal) => workflow.act(principal, file.id, action, await dto(CaseActionDto, { version: file.version, ...details })));

  const timeline = (caseId: string) =>
    medium.dataSource.query(
      `SELECT action, from_status AS "from", to_status AS "to", actor_username AS actor, (at AT TIME ZONE 'Europe/Belgrade')::date::text AS day
         FROM case_event WHERE case_id = $1 ORDER BY id`,
      [caseId],
    );
  const auditTrail = (caseId: string) =>
    medium.dataSource.query(
      `SELECT action, actor_username AS actor, request_id AS "requestId", before->>'status' AS "before", after->>'status' AS "after"
         FROM audit_log WHERE entity_type = 'Case' AND entity_id = $1 ORDER BY id`,
      [caseId],
    );
  const statusOf = async (caseId: string) => (await medium.dataSource.query(`SELECT status, version FROM case_file WHERE id = $1`, [caseId]))[0];

  it('a case goes from registration to closing a/a: each step leaves its timeline and one audit entry, by its actor, in a request of its own', async () => {
    const official = await make.newUser({ roles: ['official'] });
    const registrar = await make.registryClerk();

    at('2026-03-03T09:00:00+01:00');
    let file: Pick<NewCase, 'id' | 'version' | 'status' | 'dueDate'> = await make.newCase({ assignee: official, administrativeProcedure: true });
    expect(file.dueDate).toBe('2026-04-02');
    at('2026-03-04T09:00:00+01:00');
    file = await act(official, file, 'accept');
    at('2026-03-05T09:00:00+01:00');
    file = await act(official, file, 'hold', { reason: 'Čeka se dopuna zahteva' });
    at('2026-03-16T09:00:00+01:00');
    file = await act(official, file, 'resume');
    // Eleven days on hold do not count: 2 April + 11 = 13 April, Easter Monday, so the 14th.
    expect(file.dueDate).toBe('2026-04-14');
    at('2026-03-20T09:00:00+01:00');
    file = await act(official, file, 'resolve', { resolution: 'Rešenjem usvojen zahtev' });
    at('2026-03-23T09:00:00+01:00');
    file = await act(official, file, 'close', { resolution: 'Rešenjem usvojen zahtev; a/a' });

    expect(file).toMatchObject({ status: 'closed', version: 7 });
    expect(await timeline(file.id)).toEqual([
      { action: 'register', from: null, to: 'registered', actor: registrar.username, day: '2026-03-03' },
      { action: 'assign', from: 'registered', to: 'assigned', actor: registrar.username, day: '2026-03-03' },
      // Accepting confirms the hand-over in the delivery book, a line of its own.
      { action: 'delivery.confirm', from: null, to: null, actor: official.username, day: '2026-03-04' },
      { action: 'accept', from: 'assigned', to: 'in_progress', actor: official.username, day: '2026-03-04' },
      { action: 'hold', from: 'in_progress', to: 'on_hold', actor: official.username, day: '2026-03-05' },
      { action: 'resume', from: 'on_hold', to: 'in_progress', actor: official.username, day: '2026-03-16' },
      { action: 'resolve', from: 'in_progress', to: 'resolved', actor: official.username, day: '2026-03-20' },
      { action: 'close', from: 'resolved', to: 'closed', actor: official.username, day: '2026-03-23' },
    ]);
    const audit = await auditTrail(file.id);
    expect(audit.map(({ requestId: _, ...entry }: { requestId: string }) => entry)).toEqual([
      { action: 'case.register', actor: registrar.username, before: null, after: 'registered' },
      { action: 'case.assign', actor: registrar.username, before: 'registered', after: 'assigned' },
      { action: 'case.accept', actor: official.username, before: 'assigned', after: 'in_progress' },
      { action: 'case.hold', actor: official.username, before: 'in_progress', after: 'on_hold' },
      { action: 'case.resume', actor: official.username, before: 'on_hold', after: 'in_progress' },
      { action: 'case.resolve', actor: official.username, before: 'in_progress', after: 'resolved' },
      { action: 'case.close', actor: official.username, before: 'resolved', after: 'closed' },
    ]);
    expect(new Set(audit.map((entry: { requestId: string }) => entry.requestId)).size).toBe(7);

    // The hold as the deadline counts it, and the hand-over confirmed by accepting.
    expect(await medium.dataSource.query(`SELECT from_date AS "from", to_date AS "to", reason FROM case_hold WHERE case_id = $1`, [file.id])).toEqual([
      { from: '2026-03-05', to: '2026-03-16', reason: 'Čeka se dopuna zahteva' },
    ]);
    expect(await medium.dataSource.query(`SELECT from_user_id AS "from", to_user_id AS "to", confirmed_by AS "confirmedBy" FROM case_delivery WHERE case_id = $1`, [file.id])).toEqual([
      { from: registrar.id, to: official.id, confirmedBy: official.id },
    ]);
    // Closed a/a: kept for the ten years of class 352.
    expect(await medium.dataSource.query(`SELECT retention_years AS years, retention_permanent AS permanent FROM case_file WHERE id = $1`, [file.id])).toEqual([{ years: 10, permanent: false }]);
  });

  it('a step whose request fails afterwards leaves nothing: no state change, timeline line, audit entry or confirmed hand-over', async () => {
    const official = await make.newUser({ roles: ['official'] });
    const file = await make.newCase({ assignee: official });
    const [events, audit] = [await timeline(file.id), await auditTrail(file.id)];

    const failing = medium.as(official, async (principal) => {
      await workflow.act(principal, file.id, 'accept', await dto(CaseActionDto, { version: file.version }));
      throw new Error('the request fails after the step');
    });
    await expect(failing).rejects.toThrow('the request fails after the step');

    expect(await statusOf(file.id)).toEqual({ status: 'assigned', version: file.version });
    expect(await timeline(file.id)).toEqual(events);
    expect(await auditTrail(file.id)).toEqual(audit);
    expect(await medium.dataSource.query(`SELECT confirmed_at AS "confirmedAt" FROM case_delivery WHERE case_id = $1`, [file.id])).toEqual([{ confirmedAt: null }]);
    // The same step, made again, goes through.
    expect(await act(official, file, 'accept')).toMatchObject({ status: 'in_progress', version: file.version + 1 });
  });

  it('a colleague in the unit sees the case but may not take it up, and a step on a stale version is refused; neither leaves a trace', async () => {
    const official = await make.newUser({ roles: ['official'] });
    const colleague = await make.newUser({ roles: ['official'], unit: { id: official.orgUnitId } });
    const file = await make.newCase({ assignee: official });
    const accepted = await act(official, file, 'accept');
    const [events, audit] = [await timeline(file.id), await auditTrail(file.id)];

    await expect(act(colleague, accepted, 'hold', { reason: 'Nije moj predmet' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(act(official, file, 'hold', { reason: 'Stara verzija' })).rejects.toMatchObject({ code: 'VERSION_CONFLICT', params: { expected: file.version, current: accepted.version } });

    expect(await statusOf(file.id)).toEqual({ status: 'in_progress', version: accepted.version });
    expect(await timeline(file.id)).toEqual(events);
    expect(await auditTrail(file.id)).toEqual(audit);
  });
});
