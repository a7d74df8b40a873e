import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import type { SqlCondition } from '../access/sql-conditions.js';
import { exactBigintColumn } from '../database/bigint-column.js';
import { GenerateSql } from '../database/generate-sql.js';
import { currentRequestContext } from '../database/request-context.js';
import { TransactionalConnection } from '../database/transactional-connection.js';
import type { MinorUnits } from '../shared/money.js';
import { CaseAct } from './case-act.entity.js';
import { CaseFile } from './case-file.entity.js';
import { CaseHold } from './case-hold.entity.js';
import type { CaseStatus } from './case-state-machine.js';
import { registrationStatement, type RegistrationWrite } from './registration-statement.js';

/** A line of the case's timeline (the history users read). */
export interface CaseEventInput {
  caseId: string;
  at: Date;
  /** e.g. `register`, `assign`, `accept`, `act.add`, `delivery.confirm`, `dispose`. */
  action: string;
  fromStatus?: CaseStatus | null;
  toStatus?: CaseStatus | null;
  details?: Record<string, unknown>;
}

/** An act as `POST /cases/:id/documents` answers it. */
export interface ActRow {
  id: string;
  caseId: string;
  subNumber: number;
  number: string;
  direction: string;
  subject: string;
  correspondent: string | null;
  receivedVia: string | null;
  actDate: Date;
  attachmentsCount: number;
  createdAt: Date;
}

/** Example values for the SQL snapshots (`npm run sync:sql`); any well-formed value will do. */
const CASE = '00000000-0000-4000-8000-000000000001';
const USER = '00000000-0000-4000-8000-000000000002';
const AT = new Date('2026-03-02T08:00:00Z');
const ACT = '00000000-0000-4000-8000-000000000004';
const EVERYONE: SqlCondition = { where: '1 = 1', parameters: {} };
const UNIT = '00000000-0000-4000-8000-000000000003';
const REGISTRATION: RegistrationWrite = {
  file: {
    id: CASE,
    bookId: '00000000-0000-4000-8000-000000000005',
    counterKey: '2026',
    year: 2026,
    classificationMarkId: '00000000-0000-4000-8000-000000000006',
    classCode: '351',
    orgUnitId: UNIT,
    assigneeId: null,
    subject: 'Zahtev za građevinsku dozvolu',
    partyName: 'Marko Petrović',
    partyAddress: null,
    partyPersonalId: null,
    receivedAt: AT,
    receivedVia: 'counter',
    attachmentsCount: 2,
    feeMinor: 125050,
    administrativeProcedure: true,
    examinationProcedure: false,
    deadlineDays: 30,
    dueDate: '2026-04-01',
    status: 'registered',
    resolution: null,
    resolutionKind: null,
    resolvedAt: null,
    closedAt: null,
    retentionYears: null,
    retentionPermanent: null,
    cancelReason: null,
    cancelledAt: null,
    lastActNumber: 1,
    registeredAt: AT,
    registeredBy: USER,
    updatedAt: AT,
    version: 1,
  },
  actId: ACT,
  prepared: { bookId: '00000000-0000-4000-8000-000000000005', counterKey: '2026', year: 2026, before: '351-', width: null, after: '/2026-04' },
  actor: { id: USER, username: 'pisarnica' },
  requestId: 'example',
  details: { orgUnitCode: '04', classificationCode: '351', dueDate: '2026-04-01' },
};

/** The case as the permission rules of its attachments see it. */
export interface CaseForAttachments {
  caseId: string;
  caseNumber: string;
  orgUnitId: string;
  assigneeId: string | null;
  status: CaseStatus;
}

/** What the registry recorded when the case's submission was received (the reception stamp's text). */
export interface CaseReceptionFacts {
  number: string;
  classificationCode: string;
  receivedAt: Date;
  attachmentsCount: number;
  /** The fee paid, in para. */
  feeMinor: MinorUnits | null;
}

/**
 * The statements on a case's own tables — its row, acts, holds and timeline — that the services
 * of `cases` send, each snapshotted in `queries/case.repository.sql`. Every statement runs in the
 * caller's transaction (TransactionalConnection).
 */
@Injectable()
export class CaseRepository {
  constructor(private readonly db: TransactionalConnection) {}

  /** The case row, locked until the transaction ends; null when there is none. */
  @GenerateSql([CASE])
  lock(caseId: string): Promise<CaseFile | null> {
    return this.db.getRepository(CaseFile).createQueryBuilder('c').where('c.id = :caseId', { caseId }).setLock('pessimistic_write').getOne();
  }

  /** The case row, locked until the transaction ends, if `access` (permission conditions over alias `c`) lets it be seen; null otherwise. */
  @GenerateSql([EVERYONE, CASE])
  lockIf(access: SqlCondition, caseId: string): Promise<CaseFile | null> {
    return this.db
      .getRepository(CaseFile)
      .createQueryBuilder('c')
      .where(access.where, access.parameters)
      .andWhere('c.id = :id', { id: caseId })
      .setLock('pessimistic_write')
      .getOne();
  }

  /**
   * Registers the case: the one statement (`registrationStatement`) that draws its serial and
   * writes the case, its first act, its timeline line and its audit entry. Returns the number,
   * the serial and the timeline line's id.
   */
  @GenerateSql([REGISTRATION])
  async register(write: RegistrationWrite): Promise<{ number: string; serial: number; eventId: string }> {
    const statement = registrationStatement(write);
    const [written] = await this.db.manager.query(statement.sql, statement.parameters);
    return written;
  }

  /** The unit a case is registered in or handed to, with whether it is still active; null when there is none. */
  @GenerateSql([UNIT])
  async orgUnit(id: string): Promise<{ id: string; code: string; name: string; active: boolean } | null> {
    const [unit] = await this.db.manager.query(`SELECT id, code, name, active FROM org_unit WHERE id = $1`, [id]);
    return unit ?? null;
  }

  /** Whether the user, not disabled, holds an active position in the unit or one of its sub-units. */
  @GenerateSql([USER, UNIT])
  async worksInUnit(userId: string, unitId: string): Promise<boolean> {
    const [found] = await this.db.manager.query(
      `WITH RECURSIVE subtree AS (SELECT id FROM org_unit WHERE id = $2 UNION ALL SELECT o.id FROM org_unit o JOIN subtree s ON o.parent_id = s.id)
       SELECT 1 FROM position p JOIN app_user u ON u.id = p.user_id
        WHERE p.user_id = $1 AND p.active AND NOT u.disabled AND p.org_unit_id IN (SELECT id FROM subtree) LIMIT 1`,
      [userId, unitId],
    );
    return found !== undefined;
  }

  @GenerateSql([CASE])
  get(caseId: string): Promise<CaseFile> {
    return this.db.getRepository(CaseFile).findOneByOrFail({ id: caseId });
  }

  @GenerateSql([CASE, { status: 'in_progress', version: 3, updatedAt: AT }])
  async update(caseId: string, changes: Partial<CaseFile>): Promise<void> {
    await this.db.getRepository(CaseFile).update({ id: caseId }, changes as never);
  }

  @GenerateSql([ACT])
  act(actId: string): Promise<CaseAct> {
    return this.db.getRepository(CaseAct).findOneByOrFail({ id: actId });
  }

  /** The next sub-number of the case's acts, handed out by its row: no gaps, no duplicates. */
  @GenerateSql([CASE])
  async nextActNumber(caseId: string): Promise<number> {
    const [[row]] = await this.db.manager.query(`UPDATE case_file SET last_act_number = last_act_number + 1 WHERE id = $1 RETURNING last_act_number`, [caseId]);
    return row.last_act_number;
  }

  @GenerateSql([{ caseId: CASE, subNumber: 2, number: '351-1/2026-04/2', direction: 'outgoing', subject: 'Rešenje', correspondent: null, receivedVia: null, actDate: AT, attachmentsCount: 0, createdBy: USER, createdAt: AT }])
  async insertAct(act: Omit<ActRow, 'id'> & { createdBy: string }): Promise<ActRow> {
    const [row] = await this.db.manager.query(
      `INSERT INTO case_act (case_id, sub_number, number, direction, subject, correspondent, received_via, act_date, attachments_count, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       RETURNING id, case_id AS "caseId", sub_number AS "subNumber", number, direction, subject, correspondent, received_via AS "receivedVia",
                 act_date AS "actDate", attachments_count AS "attachmentsCount", created_at AS "createdAt"`,
      [act.caseId, act.subNumber, act.number, act.direction, act.subject, act.correspondent, act.receivedVia, act.actDate, act.attachmentsCount, act.createdBy, act.createdAt],
    );
    return row;
  }

  /** A line in the case's timeline, by the request's principal (`system` outside a request). */
  @GenerateSql([{ caseId: CASE, at: AT, action: 'accept', fromStatus: 'assigned', toStatus: 'in_progress', details: {} }])
  async addEvent(event: CaseEventInput): Promise<void> {
    const principal = currentRequestContext()?.principal;
    await this.db.manager.query(
      `INSERT INTO case_event (case_id, at, actor_id, actor_username, action, from_status, to_status, details) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [event.caseId, event.at, principal?.userId ?? null, principal?.username ?? 'system', event.action, event.fromStatus ?? null, event.toStatus ?? null, JSON.stringify(event.details ?? {})],
    );
  }

  @GenerateSql([{ caseId: CASE, fromDate: '2026-03-02', reason: 'Dopuna dokumentacije', expectedUntil: '2026-03-17', startedBy: USER }])
  async startHold(hold: Pick<CaseHold, 'caseId' | 'fromDate' | 'reason' | 'expectedUntil' | 'startedBy'>): Promise<void> {
    await this.db.getRepository(CaseHold).insert(hold);
  }

  /** Ends the case's open hold on `day` (never before it began). */
  @GenerateSql([CASE, '2026-03-10', USER])
  async endHold(caseId: string, day: string, endedBy: string): Promise<void> {
    const repo = this.db.getRepository(CaseHold);
    const open = await repo.findOneBy({ caseId, toDate: IsNull() });
    if (open) await repo.update({ id: open.id }, { toDate: open.fromDate > day ? open.fromDate : day, endedBy });
  }

  /** Every hold of the case, ended ones, as the deadline counts them. */
  @GenerateSql([CASE])
  async holdPeriods(caseId: string): Promise<Array<{ from: string; to: string }>> {
    return (await this.db.getRepository(CaseHold).findBy({ caseId })).map((hold) => ({ from: hold.fromDate, to: hold.toDate! }));
  }

  /** The acts of the case in sub-number order, each with its dispatch (outgoing mail) if any. */
  @GenerateSql([CASE])
  acts(caseId: string): Promise<unknown[]> {
    return this.db.manager.query(
      `SELECT a.id, a.sub_number AS "subNumber", a.number, a.direction, a.subject, a.correspondent, a.received_via AS "receivedVia",
              a.act_date AS "actDate", a.attachments_count AS "attachmentsCount", a.created_at AS "createdAt", u.username AS "createdBy",
              CASE WHEN om.id IS NULL THEN NULL ELSE json_build_object(
                'id', om.id, 'recipientName', om.recipient_name, 'recipientAddress', om.recipient_address, 'method', om.method,
                'status', om.status, 'sentOn', om.sent_on, 'deliveredOn', om.delivered_on) END AS dispatch
         FROM case_act a JOIN app_user u ON u.id = a.created_by LEFT JOIN outgoing_mail om ON om.act_id = a.id
        WHERE a.case_id = $1 ORDER BY a.sub_number`,
      [caseId],
    );
  }

  /** The timeline, in the order it was written. */
  @GenerateSql([CASE])
  history(caseId: string): Promise<unknown[]> {
    return this.db.manager.query(
      `SELECT e.id::text AS id, e.at, e.actor_username AS actor, e.action, e.from_status AS "fromStatus", e.to_status AS "toStatus", e.details
         FROM case_event e WHERE e.case_id = $1 ORDER BY e.id`,
      [caseId],
    );
  }

  @GenerateSql([CASE])
  holds(caseId: string): Promise<unknown[]> {
    return this.db.manager.query(
      `SELECT id, from_date AS "from", to_date AS "to", reason, expected_until AS "expectedUntil" FROM case_hold WHERE case_id = $1 ORDER BY from_date, id`,
      [caseId],
    );
  }

  /** The case's hand-overs, as its page lists them. */
  @GenerateSql([CASE])
  deliveries(caseId: string): Promise<unknown[]> {
    return this.db.manager.query(
      `SELECT d.id, d.handed_at AS "handedAt", fu.username AS "fromUsername", tu.code AS "toOrgUnitCode", d.to_org_unit_id AS "toOrgUnitId",
              d.to_user_id AS "toUserId", tuser.username AS "toUsername", d.note, d.confirmed_at AS "confirmedAt", cu.username AS "confirmedBy",
              d.superseded_at AS "supersededAt"
         FROM case_delivery d JOIN app_user fu ON fu.id = d.from_user_id JOIN org_unit tu ON tu.id = d.to_org_unit_id
         LEFT JOIN app_user tuser ON tuser.id = d.to_user_id LEFT JOIN app_user cu ON cu.id = d.confirmed_by
        WHERE d.case_id = $1 ORDER BY d.handed_at, d.id`,
      [caseId],
    );
  }

  /** The case's status, share-locked so it cannot change until the transaction ends. Throws when there is no such case. */
  @GenerateSql([CASE])
  async statusForShare(caseId: string): Promise<CaseStatus> {
    const [{ status }] = await this.db.manager.query(`SELECT status FROM case_file WHERE id = $1 FOR SHARE`, [caseId]);
    return status;
  }

  /** Whether act `actId` is one of the case's. */
  @GenerateSql([CASE, ACT])
  async hasAct(caseId: string, actId: string): Promise<boolean> {
    const [act] = await this.db.manager.query(`SELECT 1 FROM case_act WHERE id = $1 AND case_id = $2`, [actId, caseId]);
    return act !== undefined;
  }

  /** The case, if `access` (permission conditions over alias `c`) lets its attachments be seen; null otherwise. */
  @GenerateSql([EVERYONE, CASE])
  async forAttachments(access: SqlCondition, caseId: string): Promise<CaseForAttachments | null> {
    return (
      (await this.db.manager
        .createQueryBuilder()
        .select(['c.id AS "caseId"', 'c.number AS "caseNumber"', 'c.org_unit_id AS "orgUnitId"', 'c.assignee_id AS "assigneeId"', 'c.status AS status'])
        .where(access.where, access.parameters)
        .from('case_file', 'c')
        .andWhere('c.id = :caseId', { caseId })
        .getRawOne<CaseForAttachments>()) ?? null
    );
  }

  /** What the registry recorded when the submission was received, for the reception stamp. */
  @GenerateSql([CASE])
  async receptionFacts(caseId: string): Promise<CaseReceptionFacts> {
    const [row] = await this.db.manager.query(
      `SELECT number, class_code AS "classificationCode", received_at AS "receivedAt", attachments_count AS "attachmentsCount", fee_minor AS "feeMinor"
         FROM case_file WHERE id = $1`,
      [caseId],
    );
    return { ...row, feeMinor: exactBigintColumn.from(row.feeMinor) };
  }
}
