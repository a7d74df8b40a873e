import { Injectable } from '@nestjs/common';
import type { SelectQueryBuilder } from 'typeorm';
import type { SqlCondition } from '../access/sql-conditions.js';
import { GenerateSql } from '../database/generate-sql.js';
import { TransactionalConnection } from '../database/transactional-connection.js';
import type { Page } from '../shared/pagination.js';
import type { OutgoingMailQueryDto } from './dto/outgoing-mail.dto.js';
import { CaseAct } from './case-act.entity.js';
import { CaseFile } from './case-file.entity.js';
import { OutgoingMail, type DispatchMethod, type OutgoingMailStatus } from './outgoing-mail.entity.js';

/** One line of the outgoing mail book as the API shows it. */
export interface OutgoingMailView {
  id: string;
  caseId: string;
  caseNumber: string;
  actId: string;
  actNumber: string;
  actSubject: string;
  recipientName: string;
  recipientAddress: string | null;
  method: DispatchMethod;
  status: OutgoingMailStatus;
  sentOn: string | null;
  sentBy: { userId: string; username: string; fullName: string } | null;
  deliveredOn: string | null;
  receiptNote: string | null;
  createdAt: Date;
  version: number;
}

/** An act's dispatch as the act's view shows it. */
export interface DispatchView {
  id: string;
  recipientName: string;
  recipientAddress: string | null;
  method: DispatchMethod;
  status: OutgoingMailStatus;
  sentOn: string | null;
  deliveredOn: string | null;
}

type MailRow = Omit<OutgoingMailView, 'sentBy'> & { sentById: string | null; sentByUsername: string | null; sentByFullName: string | null };

/** Example values for the SQL snapshots (`npm run sync:sql`). */
const EVERYONE: SqlCondition = { where: '1 = 1', parameters: {} };
const CASE = '00000000-0000-4000-8000-000000000001';
const USER = '00000000-0000-4000-8000-000000000002';
const ACT = '00000000-0000-4000-8000-000000000004';
const MAIL = '00000000-0000-4000-8000-000000000008';
const AT = new Date('2026-03-02T08:00:00Z');

/**
 * The statements on the outgoing mail book (`outgoing_mail`), each snapshotted in
 * `queries/outgoing-mail.repository.sql`. `access` is a permission condition over the case, alias `c`.
 */
@Injectable()
export class OutgoingMailRepository {
  constructor(private readonly db: TransactionalConnection) {}

  /** Entries of the cases `access` lets be seen. */
  private visible(access: SqlCondition): SelectQueryBuilder<OutgoingMail> {
    return this.db
      .getRepository(OutgoingMail)
      .createQueryBuilder('m')
      .innerJoin(CaseFile, 'c', 'c.id = m.case_id')
      .innerJoin(CaseAct, 'a', 'a.id = m.act_id')
      .leftJoin('app_user', 'su', 'su.id = m.sent_by')
      .where(access.where, access.parameters);
  }

  private async rows(qb: SelectQueryBuilder<OutgoingMail>): Promise<OutgoingMailView[]> {
    const rows: MailRow[] = await qb
      .select(['m.id AS id', 'm.case_id AS "caseId"', 'c.number AS "caseNumber"'])
      .addSelect(['m.act_id AS "actId"', 'a.number AS "actNumber"', 'a.subject AS "actSubject"'])
      .addSelect(['m.recipient_name AS "recipientName"', 'm.recipient_address AS "recipientAddress"', 'm.method AS method', 'm.status AS status'])
      // Days as the text `YYYY-MM-DD`, never as a Date at some time zone's midnight.
      .addSelect(['CAST(m.sent_on AS text) AS "sentOn"', 'CAST(m.delivered_on AS text) AS "deliveredOn"', 'm.receipt_note AS "receiptNote"'])
      .addSelect(['m.sent_by AS "sentById"', 'su.username AS "sentByUsername"', 'su.full_name AS "sentByFullName"'])
      .addSelect(['m.created_at AS "createdAt"', 'm.version AS version'])
      .getRawMany();
    return rows.map(({ sentById, sentByUsername, sentByFullName, ...row }) => ({
      ...row,
      sentBy: sentById ? { userId: sentById, username: sentByUsername!, fullName: sentByFullName! } : null,
    }));
  }

  /** The book in the order entries were made, or latest first. */
  @GenerateSql(
    [EVERYONE, { page: 1, pageSize: 50 }],
    [EVERYONE, { page: 2, pageSize: 50, status: 'sent', method: 'post', sentFrom: '2026-03-01', sentTo: '2026-03-31', caseId: CASE, order: 'newest' }],
  )
  async page(access: SqlCondition, query: OutgoingMailQueryDto): Promise<Omit<Page<OutgoingMailView>, 'page' | 'pageSize'>> {
    const qb = this.visible(access);
    if (query.status) qb.andWhere('m.status = :status', { status: query.status });
    if (query.method) qb.andWhere('m.method = :method', { method: query.method });
    if (query.sentFrom) qb.andWhere('m.sent_on >= CAST(:sentFrom AS date)', { sentFrom: query.sentFrom });
    if (query.sentTo) qb.andWhere('m.sent_on <= CAST(:sentTo AS date)', { sentTo: query.sentTo });
    if (query.caseId) qb.andWhere('m.case_id = :caseId', { caseId: query.caseId });
    const total = await qb.getCount();
    const direction = query.order === 'newest' ? 'DESC' : 'ASC';
    const items = await this.rows(
      qb.orderBy('m.created_at', direction).addOrderBy('m.id', direction).offset((query.page - 1) * query.pageSize).limit(query.pageSize),
    );
    return { items, total };
  }

  /** One line of the book, if `access` lets its case be seen; null otherwise. */
  @GenerateSql([EVERYONE, MAIL])
  async view(access: SqlCondition, id: string): Promise<OutgoingMailView | null> {
    const [view] = await this.rows(this.visible(access).andWhere('m.id = :id', { id }));
    return view ?? null;
  }

  /** The entry for the outgoing act, waiting to be sent. */
  @GenerateSql([{ actId: ACT, caseId: CASE, recipientName: 'Marko Petrović', recipientAddress: null, method: 'post', at: AT }])
  async insertDispatch(dispatch: { actId: string; caseId: string; recipientName: string; recipientAddress: string | null; method: DispatchMethod; at: Date }): Promise<DispatchView> {
    const [row] = await this.db.manager.query(
      `INSERT INTO outgoing_mail (act_id, case_id, recipient_name, recipient_address, method, status, created_at)
       VALUES ($1, $2, $3, $4, $5, 'pending', $6)
       RETURNING id, recipient_name AS "recipientName", recipient_address AS "recipientAddress", method, status, sent_on AS "sentOn", delivered_on AS "deliveredOn"`,
      [dispatch.actId, dispatch.caseId, dispatch.recipientName, dispatch.recipientAddress, dispatch.method, dispatch.at],
    );
    return row;
  }

  /** The entry, locked until the transaction ends; null when there is none. */
  @GenerateSql([MAIL])
  lock(id: string): Promise<OutgoingMail | null> {
    return this.db.getRepository(OutgoingMail).createQueryBuilder('m').where('m.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  /** Writes the changes with the next version, and returns the entry as it now is. */
  @GenerateSql([MAIL, { status: 'sent', sentOn: '2026-03-02', sentBy: USER, version: 2 }])
  async update(id: string, changes: Partial<OutgoingMail>): Promise<OutgoingMail> {
    const repo = this.db.getRepository(OutgoingMail);
    await repo.update({ id }, changes);
    return repo.findOneByOrFail({ id });
  }
}
