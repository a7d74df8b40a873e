import { Injectable } from '@nestjs/common';
import type { SelectQueryBuilder } from 'typeorm';
import type { Principal } from '../access/principal.js';
import { ArchiveService } from '../archive/archive.service.js';
import { TransactionalConnection } from '../database/transactional-connection.js';
import { Clock } from '../shared/clock.js';
import { notFound } from '../shared/errors.js';
import { pageOf } from '../shared/pagination.js';
import { searchFold } from '../shared/transliterate.js';
import { containsPattern } from '../shared/validation.js';
import type { CaseQueryDto } from './dto/case-query.dto.js';
import { caseAccessWhere, canOnCase } from './case-access.js';
import { CaseFile } from './case-file.entity.js';
import { availableActions, type Transition } from './case-state-machine.js';
import { caseSummary } from './case-view.js';
import { belgradeDate } from './zup-deadline.js';

/** Open cases whose deadline runs; on hold the deadline is paused, so those are never overdue. */
const RUNNING_DEADLINE = `c.status IN ('registered', 'assigned', 'in_progress') AND c.due_date IS NOT NULL AND c.due_date < :today`;

const isDateOnly = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** Reading cases: the list with its filters and search, and the full case with its acts and history. */
@Injectable()
export class CaseQueriesService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly clock: Clock,
    private readonly archive: ArchiveService,
  ) {}

  today(): string {
    return belgradeDate(this.clock.now());
  }

  /** Cases the caller may read, with unit and assignee joined for display. */
  private visible(principal: Principal): SelectQueryBuilder<CaseFile> {
    const acl = caseAccessWhere(principal.ability, 'read', 'c');
    return this.db.manager
      .getRepository(CaseFile)
      .createQueryBuilder('c')
      .innerJoin('org_unit', 'ou', 'ou.id = c.org_unit_id')
      .leftJoin('app_user', 'au', 'au.id = c.assignee_id')
      .addSelect(['ou.code AS ou_code', 'ou.name AS ou_name', 'au.username AS au_username', 'au.full_name AS au_full_name'])
      .where(acl.where, acl.parameters);
  }

  async list(principal: Principal, query: CaseQueryDto) {
    const today = this.today();
    const qb = this.visible(principal);
    if (query.q) {
      // The stored search text and the query are folded the same way (searchFold): one script, no diacritics.
      const terms = searchFold(query.q).split(/\s+/).filter(Boolean);
      terms.forEach((term, i) => qb.andWhere(`c.search_text LIKE :q${i}`, { [`q${i}`]: containsPattern(term) }));
    }
    if (query.status?.length) qb.andWhere('c.status = ANY(:status)', { status: query.status });
    if (query.orgUnitId) qb.andWhere('c.org_unit_id = :orgUnitId', { orgUnitId: query.orgUnitId });
    if (query.assigneeId) qb.andWhere('c.assignee_id = :assigneeId', { assigneeId: query.assigneeId });
    if (query.classCode) qb.andWhere('c.class_code = :classCode', { classCode: query.classCode });
    if (query.year) qb.andWhere('c.year = :year', { year: query.year });
    if (query.overdue !== undefined) qb.andWhere(query.overdue ? `(${RUNNING_DEADLINE})` : `NOT (${RUNNING_DEADLINE})`, { today });
    if (query.receivedFrom) {
      qb.andWhere(isDateOnly(query.receivedFrom) ? `c.received_at >= (CAST(CAST(:receivedFrom AS date) AS timestamp) AT TIME ZONE 'Europe/Belgrade')` : 'c.received_at >= :receivedFrom', { receivedFrom: query.receivedFrom });
    }
    if (query.receivedTo) {
      qb.andWhere(
        isDateOnly(query.receivedTo) ? `c.received_at < (CAST(CAST(:receivedTo AS date) + 1 AS timestamp) AT TIME ZONE 'Europe/Belgrade')` : 'c.received_at < :receivedTo',
        { receivedTo: query.receivedTo },
      );
    }
    const total = await qb.getCount();
    const { entities, raw } = await qb
      .orderBy('c.registered_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getRawAndEntities();
    const items = entities.map((file, i) => ({
      ...caseSummary(file, joined(raw[i]), today),
      availableActions: availableActions(file.status, (p) => this.allows(principal, p, file)),
    }));
    return pageOf(items, total, query);
  }

  /** The case, locked for the rest of the transaction, if the caller may read it; 404 otherwise. */
  async lockVisible(principal: Principal, id: string): Promise<CaseFile> {
    const acl = caseAccessWhere(principal.ability, 'read', 'c');
    const file = await this.db.manager
      .getRepository(CaseFile)
      .createQueryBuilder('c')
      .where(acl.where, acl.parameters)
      .andWhere('c.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
    if (!file) throw notFound('CASE_NOT_FOUND');
    return file;
  }

  /** May the caller fire a transition with this permission on this case? */
  allows(principal: Principal, permission: Transition['permission'], file: CaseFile): boolean {
    if (permission.subject === 'Case') return canOnCase(principal.ability, permission.action, file);
    return principal.ability.can(permission.action, permission.subject);
  }

  /** The whole case: summary, party, acts with their dispatch, holds, deliveries, archive, history. */
  async detail(principal: Principal, id: string) {
    const today = this.today();
    const found = await this.visible(principal).andWhere('c.id = :id', { id }).getRawAndEntities();
    const file = found.entities[0];
    if (!file) throw notFound('CASE_NOT_FOUND');
    const m = this.db.manager;
    // One after another: inside a request's transaction every query shares one connection.
    const documents = await m.query(
        `SELECT a.id, a.sub_number AS "subNumber", a.number, a.direction, a.subject, a.correspondent, a.received_via AS "receivedVia",
                a.act_date AS "actDate", a.attachments_count AS "attachmentsCount", a.created_at AS "createdAt", u.username AS "createdBy",
                CASE WHEN om.id IS NULL THEN NULL ELSE json_build_object(
                  'id', om.id, 'recipientName', om.recipient_name, 'recipientAddress', om.recipient_address, 'method', om.method,
                  'status', om.status, 'sentOn', om.sent_on, 'deliveredOn', om.delivered_on) END AS dispatch
           FROM case_act a JOIN app_user u ON u.id = a.created_by LEFT JOIN outgoing_mail om ON om.act_id = a.id
          WHERE a.case_id = $1 ORDER BY a.sub_number`,
        [id],
      );
    const history = await m.query(
        `SELECT e.id::text AS id, e.at, e.actor_username AS actor, e.action, e.from_status AS "fromStatus", e.to_status AS "toStatus", e.details
           FROM case_event e WHERE e.case_id = $1 ORDER BY e.id`,
        [id],
      );
    const holds = await m.query(
        `SELECT id, from_date AS "from", to_date AS "to", reason, expected_until AS "expectedUntil" FROM case_hold WHERE case_id = $1 ORDER BY from_date, id`,
        [id],
      );
    const deliveries = await m.query(
        `SELECT d.id, d.handed_at AS "handedAt", fu.username AS "fromUsername", tu.code AS "toOrgUnitCode", d.to_org_unit_id AS "toOrgUnitId",
                d.to_user_id AS "toUserId", tuser.username AS "toUsername", d.note, d.confirmed_at AS "confirmedAt", cu.username AS "confirmedBy",
                d.superseded_at AS "supersededAt"
           FROM case_delivery d JOIN app_user fu ON fu.id = d.from_user_id JOIN org_unit tu ON tu.id = d.to_org_unit_id
           LEFT JOIN app_user tuser ON tuser.id = d.to_user_id LEFT JOIN app_user cu ON cu.id = d.confirmed_by
          WHERE d.case_id = $1 ORDER BY d.handed_at, d.id`,
        [id],
      );
    const archive = await this.archive.entryForCase(id);
    // Personal identification numbers only for those who work with the case (DOMAIN: personal data).
    const seesPersonalData = canOnCase(principal.ability, 'register', file) || canOnCase(principal.ability, 'process', file);
    return {
      ...caseSummary(file, joined(found.raw[0]), today),
      party: { name: file.partyName, address: file.partyAddress, ...(seesPersonalData ? { personalId: file.partyPersonalId } : {}) },
      attachmentsCount: file.attachmentsCount,
      feeAmount: file.feeAmount,
      deadlineDays: file.deadlineDays,
      retention: file.retentionPermanent === null ? null : { years: file.retentionYears, permanent: file.retentionPermanent },
      cancelReason: file.cancelReason,
      cancelledAt: file.cancelledAt,
      availableActions: availableActions(file.status, (p) => this.allows(principal, p, file)),
      documents,
      holds,
      deliveries,
      archive,
      history,
    };
  }
}

function joined(raw: Record<string, string | null>) {
  return {
    orgUnitCode: raw.ou_code ?? '',
    orgUnitName: raw.ou_name ?? '',
    assigneeUsername: raw.au_username ?? null,
    assigneeFullName: raw.au_full_name ?? null,
  };
}
