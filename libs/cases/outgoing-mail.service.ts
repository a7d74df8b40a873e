import { Injectable } from '@nestjs/common';
import type { SelectQueryBuilder } from 'typeorm';
import type { Principal } from '../access/principal.js';
import { AuditService } from '../audit/audit.service.js';
import { TransactionalConnection } from '../database/transactional-connection.js';
import { Clock } from '../shared/clock.js';
import { badRequest, conflict, forbidden, notFound } from '../shared/errors.js';
import { pageOf } from '../shared/pagination.js';
import { assertVersion } from '../shared/versioning.js';
import type { MailReceiptDto, OutgoingMailQueryDto, SendMailDto } from './dto/outgoing-mail.dto.js';
import { canOnCase, caseAccessWhere } from './case-access.js';
import { CaseAct } from './case-act.entity.js';
import { CaseRepository } from './case.repository.js';
import { CaseFile } from './case-file.entity.js';
import { OutgoingMail, type DispatchMethod, type OutgoingMailStatus } from './outgoing-mail.entity.js';
import { belgradeDate } from './zup-deadline.js';

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

type MailRow = Omit<OutgoingMailView, 'sentBy'> & { sentById: string | null; sentByUsername: string | null; sentByFullName: string | null };

const notInFuture = (field: string) => badRequest('VALIDATION_FAILED', {}, [{ field, rule: 'notInFuture', message: `${field} must not be in the future` }]);

/**
 * The outgoing mail book (knjiga za otpremu pošte): each outgoing act to dispatch, entered when the
 * official adds it to the case; the registry office sends it and records the delivery receipt
 * (povratnica) when it comes back.
 */
@Injectable()
export class OutgoingMailService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly cases: CaseRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Entries of the cases the caller may read. */
  private visible(principal: Principal): SelectQueryBuilder<OutgoingMail> {
    const acl = caseAccessWhere(principal.ability, 'read', 'c');
    return this.db
      .getRepository(OutgoingMail)
      .createQueryBuilder('m')
      .innerJoin(CaseFile, 'c', 'c.id = m.case_id')
      .innerJoin(CaseAct, 'a', 'a.id = m.act_id')
      .leftJoin('app_user', 'su', 'su.id = m.sent_by')
      .where(acl.where, acl.parameters);
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
  async list(principal: Principal, query: OutgoingMailQueryDto) {
    const qb = this.visible(principal);
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
    return pageOf(items, total, query);
  }

  /** The registry office sends the act out, on `sentOn` (default today). */
  async send(principal: Principal, id: string, dto: SendMailDto): Promise<OutgoingMailView> {
    const { before, act } = await this.lockForRegistry(principal, id);
    if (before.status !== 'pending') throw conflict('MAIL_ALREADY_SENT', { sentOn: before.sentOn ?? '' });
    assertVersion(before, dto.version);
    const now = this.clock.now();
    const sentOn = dto.sentOn ?? belgradeDate(now);
    if (sentOn > belgradeDate(now)) throw notInFuture('sentOn');
    if (sentOn < belgradeDate(act.actDate)) {
      throw badRequest('VALIDATION_FAILED', {}, [{ field: 'sentOn', rule: 'notBeforeAct', message: 'sentOn must not be before the date of the act' }]);
    }
    const after = await this.update(before, { status: 'sent', sentOn, sentBy: principal.userId });
    await this.cases.addEvent({
      caseId: before.caseId,
      at: now,
      action: 'mail.send',
      details: { mailId: id, actId: act.id, actNumber: act.number, recipientName: before.recipientName, method: before.method, sentOn },
    });
    await this.audit.record({ action: 'outgoing-mail.send', entityType: 'OutgoingMail', entityId: id, before, after });
    return this.view(principal, id);
  }

  /** The delivery receipt (povratnica) came back: delivered on `deliveredOn`, or returned undelivered. */
  async recordReceipt(principal: Principal, id: string, dto: MailReceiptDto): Promise<OutgoingMailView> {
    const { before, act } = await this.lockForRegistry(principal, id);
    if (before.status === 'pending') throw conflict('MAIL_NOT_SENT');
    if (before.status !== 'sent') throw conflict('MAIL_RECEIPT_ALREADY_RECORDED', { status: before.status });
    assertVersion(before, dto.version);
    const now = this.clock.now();
    if (dto.deliveredOn > belgradeDate(now)) throw notInFuture('deliveredOn');
    if (dto.deliveredOn < before.sentOn!) {
      throw badRequest('VALIDATION_FAILED', {}, [
        { field: 'deliveredOn', rule: 'notBeforeSent', message: `deliveredOn must not be before the day the letter was sent (${before.sentOn})` },
      ]);
    }
    const status: OutgoingMailStatus = dto.returned ? 'returned' : 'delivered';
    const after = await this.update(before, { status, deliveredOn: dto.deliveredOn, receiptNote: dto.note ?? null });
    await this.cases.addEvent({
      caseId: before.caseId,
      at: now,
      action: 'mail.receipt',
      details: { mailId: id, actId: act.id, actNumber: act.number, status, deliveredOn: dto.deliveredOn, note: dto.note ?? null },
    });
    await this.audit.record({ action: 'outgoing-mail.receipt', entityType: 'OutgoingMail', entityId: id, before, after });
    return this.view(principal, id);
  }

  /**
   * The entry, locked for the rest of the transaction, with its act: 404 when the caller may not
   * read its case, 403 when they may but do not work for the registry office on it.
   */
  private async lockForRegistry(principal: Principal, id: string): Promise<{ before: OutgoingMail; act: CaseAct }> {
    const before = await this.db.getRepository(OutgoingMail).createQueryBuilder('m').where('m.id = :id', { id }).setLock('pessimistic_write').getOne();
    if (!before) throw notFound('MAIL_NOT_FOUND');
    const file = await this.db.getRepository(CaseFile).findOneByOrFail({ id: before.caseId });
    if (!canOnCase(principal.ability, 'read', file)) throw notFound('MAIL_NOT_FOUND');
    if (!canOnCase(principal.ability, 'register', file)) throw forbidden();
    const act = await this.db.getRepository(CaseAct).findOneByOrFail({ id: before.actId });
    return { before, act };
  }

  private async update(before: OutgoingMail, changes: Partial<OutgoingMail>): Promise<OutgoingMail> {
    const repo = this.db.getRepository(OutgoingMail);
    await repo.update({ id: before.id }, { ...changes, version: before.version + 1 });
    return repo.findOneByOrFail({ id: before.id });
  }

  private async view(principal: Principal, id: string): Promise<OutgoingMailView> {
    const [view] = await this.rows(this.visible(principal).andWhere('m.id = :id', { id }));
    if (!view) throw notFound('MAIL_NOT_FOUND');
    return view;
  }
}
