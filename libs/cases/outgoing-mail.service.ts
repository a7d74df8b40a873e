import { Injectable } from '@nestjs/common';
import type { Principal } from '../access/principal.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../shared/clock.js';
import { badRequest, conflict, forbidden, notFound } from '../shared/errors.js';
import { pageOf } from '../shared/pagination.js';
import { assertVersion } from '../shared/versioning.js';
import type { MailReceiptDto, OutgoingMailQueryDto, SendMailDto } from './dto/outgoing-mail.dto.js';
import { canOnCase, caseAccessWhere } from './case-access.js';
import type { CaseAct } from './case-act.entity.js';
import { CaseRepository } from './case.repository.js';
import type { OutgoingMail, OutgoingMailStatus } from './outgoing-mail.entity.js';
import { OutgoingMailRepository, type OutgoingMailView } from './outgoing-mail.repository.js';
import { belgradeDate } from './zup-deadline.js';

export type { OutgoingMailView } from './outgoing-mail.repository.js';

const notInFuture = (field: string) => badRequest('VALIDATION_FAILED', {}, [{ field, rule: 'notInFuture', message: `${field} must not be in the future` }]);

/**
 * The outgoing mail book (knjiga za otpremu pošte): each outgoing act to dispatch, entered when the
 * official adds it to the case; the registry office sends it and records the delivery receipt
 * (povratnica) when it comes back.
 */
@Injectable()
export class OutgoingMailService {
  constructor(
    private readonly mail: OutgoingMailRepository,
    private readonly cases: CaseRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The book in the order entries were made, or latest first. */
  async list(principal: Principal, query: OutgoingMailQueryDto) {
    const { items, total } = await this.mail.page(caseAccessWhere(principal.ability, 'read', 'c'), query);
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
    const before = await this.mail.lock(id);
    if (!before) throw notFound('MAIL_NOT_FOUND');
    const file = await this.cases.get(before.caseId);
    if (!canOnCase(principal.ability, 'read', file)) throw notFound('MAIL_NOT_FOUND');
    if (!canOnCase(principal.ability, 'register', file)) throw forbidden();
    const act = await this.cases.act(before.actId);
    return { before, act };
  }

  private update(before: OutgoingMail, changes: Partial<OutgoingMail>): Promise<OutgoingMail> {
    return this.mail.update(before.id, { ...changes, version: before.version + 1 });
  }

  private async view(principal: Principal, id: string): Promise<OutgoingMailView> {
    const view = await this.mail.view(caseAccessWhere(principal.ability, 'read', 'c'), id);
    if (!view) throw notFound('MAIL_NOT_FOUND');
    return view;
  }
}
