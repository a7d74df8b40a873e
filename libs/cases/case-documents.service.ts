import { Injectable } from '@nestjs/common';
import type { Principal } from '../access/principal.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../shared/clock.js';
import { badRequest, conflict, forbidden } from '../shared/errors.js';
import type { AddDocumentDto } from './dto/case-commands.dto.js';
import type { ActDirection } from './case-act.entity.js';
import { canOnCase } from './case-access.js';
import { BEFORE_ARCHIVE_STATES, WORKED_ON_STATES, type CaseStatus } from './case-state-machine.js';
import { CaseQueriesService } from './case-queries.service.js';
import { pastInstant } from './case-registration.service.js';
import { CaseRepository } from './case.repository.js';
import { OutgoingMailRepository, type DispatchView } from './outgoing-mail.repository.js';

/**
 * In which states an act may join a case. A later submission (incoming) may join a closed case
 * too (an appeal, a supplement) — the official then reopens it; documents the official writes
 * need a case being worked on (or resolved: the decision is sent after it is made).
 */
const OPEN_FOR: Record<ActDirection, readonly CaseStatus[]> = {
  incoming: BEFORE_ARCHIVE_STATES,
  outgoing: WORKED_ON_STATES,
  internal: WORKED_ON_STATES,
};

/** Acts (akti) of a case: each gets the next sub-number, outgoing ones enter the outgoing mail book. */
@Injectable()
export class CaseDocumentsService {
  constructor(
    private readonly mail: OutgoingMailRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly queries: CaseQueriesService,
    private readonly cases: CaseRepository,
  ) {}

  async addAct(principal: Principal, caseId: string, dto: AddDocumentDto) {
    const file = await this.queries.lockVisible(principal, caseId);
    // The registry office joins later submissions to a case; the official writes the case's own acts.
    const may = canOnCase(principal.ability, 'process', file) || (dto.direction === 'incoming' && canOnCase(principal.ability, 'register', file));
    if (!may) throw forbidden();
    if (!OPEN_FOR[dto.direction].includes(file.status)) throw conflict('CASE_NOT_OPEN_FOR_ACTS', { direction: dto.direction, status: file.status });
    if (dto.dispatch && dto.direction !== 'outgoing') {
      throw badRequest('VALIDATION_FAILED', {}, [{ field: 'dispatch', rule: 'outgoingOnly', message: 'only outgoing acts are dispatched' }]);
    }
    const now = this.clock.now();
    const actDate = pastInstant(dto.actDate, now, 'actDate');
    // The locked case row hands out sub-numbers one at a time: no gaps, no duplicates.
    const subNumber = await this.cases.nextActNumber(caseId);
    const number = `${file.number}/${subNumber}`;
    const correspondent = dto.correspondent ?? dto.dispatch?.recipientName ?? null;
    const act = await this.cases.insertAct({
      caseId,
      subNumber,
      number,
      direction: dto.direction,
      subject: dto.subject,
      correspondent,
      receivedVia: dto.direction === 'incoming' ? (dto.receivedVia ?? null) : null,
      actDate,
      attachmentsCount: dto.attachmentsCount ?? 0,
      createdBy: principal.userId,
      createdAt: now,
    });
    let dispatch: DispatchView | null = null;
    if (dto.dispatch) {
      dispatch = await this.mail.insertDispatch({
        actId: act.id,
        caseId,
        recipientName: dto.dispatch.recipientName,
        recipientAddress: dto.dispatch.recipientAddress ?? null,
        method: dto.dispatch.method,
        at: now,
      });
    }
    const view = { ...act, dispatch };
    await this.cases.addEvent({
      caseId,
      at: now,
      action: 'act.add',
      details: { actId: act.id, subNumber, number, direction: dto.direction, subject: dto.subject, dispatchId: dispatch?.id ?? null },
    });
    await this.audit.record({ action: 'case-act.create', entityType: 'CaseAct', entityId: act.id, after: { ...view, caseNumber: file.number } });
    return view;
  }
}
