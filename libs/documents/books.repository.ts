import { Injectable } from '@nestjs/common';
import type { SqlCondition } from '../access/sql-conditions.js';
import { ENTRY_COLUMNS, ENTRY_FROM, ENTRY_ORDER } from '../archive/archive-views.js';
import { GenerateSql } from '../database/generate-sql.js';
import { namedQuery } from '../database/named-query.js';
import { TransactionalConnection } from '../database/transactional-connection.js';
import type { CaseRegisterEntry, DeliveryBookEntry, OutgoingMailEntry, Period } from './books.js';

/** A case-register line as the database gives it: the acts' dates still as text. */
export type CaseRegisterRow = Omit<CaseRegisterEntry, 'acts'> & { acts: Array<Omit<CaseRegisterEntry['acts'][number], 'actDate'> & { actDate: string }> };

/** The instant a Belgrade day begins; `plusDays` 1 gives the end of the day in `param`. */
const belgradeMidnight = (param: string, plusDays = 0) => `(CAST(CAST(${param} AS date) + ${plusDays} AS timestamp) AT TIME ZONE 'Europe/Belgrade')`;

/** `column` falls on one of the days `:from`–`:to` (Belgrade calendar). */
const within = (column: string) => `${column} >= ${belgradeMidnight(':from')} AND ${column} < ${belgradeMidnight(':to', 1)}`;

/** Example values for the SQL snapshots (`npm run sync:sql`); any well-formed value will do. */
const USER = '00000000-0000-4000-8000-000000000002';
const MARK = '00000000-0000-4000-8000-000000000006';
const MARCH: Period = { from: '2026-03-01', to: '2026-03-31' };
const TODAY = '2026-03-02';
const ANYONE: SqlCondition = { where: '1 = 1', parameters: {} };

/**
 * The statements the printed documents send — the books (evidencije) and what a case's papers
 * need beyond the case detail — each snapshotted in `queries/books.repository.sql`. The caller's
 * visibility comes in ready as conditions on case `c`; every statement runs in the caller's
 * transaction (TransactionalConnection) and only reads.
 */
@Injectable()
export class BooksRepository {
  constructor(private readonly db: TransactionalConnection) {}

  /** The case register's lines: cases registered in the period in number order, each with its acts. */
  @GenerateSql([ANYONE, MARCH])
  caseRegister(acl: SqlCondition, period: Period): Promise<CaseRegisterRow[]> {
    return namedQuery<CaseRegisterRow>(
      this.db.manager,
      `SELECT c.number, c.received_at AS "receivedAt", c.party_name AS "partyName", c.subject, ou.code AS "orgUnitCode",
              au.full_name AS official, c.status, c.resolution, c.closed_at AS "closedAt",
              COALESCE((SELECT json_agg(json_build_object('number', a.number, 'actDate', a.act_date, 'direction', a.direction,
                                                          'subject', a.subject, 'correspondent', a.correspondent) ORDER BY a.sub_number)
                          FROM case_act a WHERE a.case_id = c.id AND a.created_at < ${belgradeMidnight(':to', 1)}), '[]') AS acts
         FROM case_file c JOIN org_unit ou ON ou.id = c.org_unit_id LEFT JOIN app_user au ON au.id = c.assignee_id
        WHERE (${acl.where}) AND ${within('c.registered_at')}
        ORDER BY c.book_id, c.year, c.counter_key, c.serial, c.id`,
      { ...acl.parameters, ...period },
    );
  }

  /** Hand-overs in the period, of the cases in `acl` and those addressed to `caller`. */
  @GenerateSql([ANYONE, USER, MARCH])
  deliveryBook(acl: SqlCondition, caller: string, period: Period): Promise<DeliveryBookEntry[]> {
    return namedQuery<DeliveryBookEntry>(
      this.db.manager,
      `SELECT c.number AS "caseNumber", c.subject, fu.full_name AS "fromName", fo.code AS "fromOrgUnitCode", tou.code AS "toOrgUnitCode",
              tu.full_name AS "toName", d.handed_at AS "handedAt", d.confirmed_at AS "confirmedAt", cu.full_name AS "confirmedBy",
              d.superseded_at AS "supersededAt"
         FROM case_delivery d JOIN case_file c ON c.id = d.case_id
         JOIN app_user fu ON fu.id = d.from_user_id JOIN org_unit fo ON fo.id = d.from_org_unit_id JOIN org_unit tou ON tou.id = d.to_org_unit_id
         LEFT JOIN app_user tu ON tu.id = d.to_user_id LEFT JOIN app_user cu ON cu.id = d.confirmed_by
        WHERE ((${acl.where}) OR d.to_user_id = :caller) AND ${within('d.handed_at')}
        ORDER BY d.handed_at, d.id`,
      { ...acl.parameters, caller, ...period },
    );
  }

  /** Dispatches entered in the period, in the order they were entered. */
  @GenerateSql([ANYONE, MARCH])
  outgoingMail(acl: SqlCondition, period: Period): Promise<OutgoingMailEntry[]> {
    return namedQuery<OutgoingMailEntry>(
      this.db.manager,
      `SELECT a.number AS "actNumber", a.subject, m.recipient_name AS "recipientName", m.recipient_address AS "recipientAddress",
              m.method, m.status, CAST(m.sent_on AS text) AS "sentOn", CAST(m.delivered_on AS text) AS "deliveredOn"
         FROM outgoing_mail m JOIN case_file c ON c.id = m.case_id JOIN case_act a ON a.id = m.act_id
        WHERE (${acl.where}) AND ${within('m.created_at')}
        ORDER BY m.created_at, m.id`,
      { ...acl.parameters, ...period },
    );
  }

  /** The archive book's rows of `year` (as `GET /archive/book` shows them), `today` deciding which loans are late. */
  @GenerateSql([ANYONE, 2026, TODAY])
  archiveBook(acl: SqlCondition, year: number, today: string): Promise<Array<Record<string, unknown>>> {
    return namedQuery(this.db.manager, `SELECT ${ENTRY_COLUMNS} FROM ${ENTRY_FROM} WHERE (${acl.where}) AND e.year = :year ORDER BY ${ENTRY_ORDER}`, {
      ...acl.parameters,
      year,
      today,
    });
  }

  /** The classification mark's title (for the cover sheet); null when there is none. */
  @GenerateSql([MARK])
  async classificationTitle(markId: string): Promise<string | null> {
    const [mark]: Array<{ title: string }> = await this.db.manager.query(`SELECT title FROM classification_mark WHERE id = $1`, [markId]);
    return mark?.title ?? null;
  }
}
