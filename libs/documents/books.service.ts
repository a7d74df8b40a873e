import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Principal } from '../access/principal.js';
import { accessibleWhere } from '../access/sql-conditions.js';
import { bookEntry, ENTRY_COLUMNS, ENTRY_FROM, ENTRY_ORDER, type ArchiveBookEntry } from '../archive/archive-views.js';
import { namedQuery } from '../database/named-query.js';
import { DisposalListsService } from '../archive/disposal-lists.service.js';
import { caseAccessFields, caseAccessWhere } from '../cases/case-access.js';
import { belgradeDate } from '../cases/zup-deadline.js';
import { TransactionalConnection } from '../database/transactional-connection.js';
import type { Locale } from '../i18n/i18n.js';
import { Clock } from '../shared/clock.js';
import { badRequest } from '../shared/errors.js';
import {
  buildArchiveBook,
  buildCaseRegister,
  buildDeliveryBook,
  buildDisposalList,
  buildOutgoingMailBook,
  type CaseRegisterEntry,
  type DeliveryBookEntry,
  type DisposalListDocument,
  type OutgoingMailEntry,
  type Period,
} from './books.js';
import type { PrintedDocument } from './case-papers.service.js';
import { periodProblem } from './period.js';
import { PdfFonts } from './pdf-fonts.js';
import { PrintContexts } from './print-context.js';

/** The instant a Belgrade day begins; `plusDays` 1 gives the end of the day in `param`. */
const belgradeMidnight = (param: string, plusDays = 0) => `(CAST(CAST(${param} AS date) + ${plusDays} AS timestamp) AT TIME ZONE 'Europe/Belgrade')`;

/** `column` falls on one of the days `:from`–`:to` (Belgrade calendar). */
const within = (column: string) => `${column} >= ${belgradeMidnight(':from')} AND ${column} < ${belgradeMidnight(':to', 1)}`;

/**
 * The printed books (evidencije) for a period or a year, with the same visibility as their
 * lists in the API: each caller prints only the entries of the cases they may read.
 */
@Injectable()
export class BooksService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly fonts: PdfFonts,
    private readonly print: PrintContexts,
    private readonly clock: Clock,
    private readonly modules: ModuleRef,
  ) {}

  /** The case register (delovodnik): cases registered in the period in number order, each with its acts. */
  async caseRegister(principal: Principal, period: Period, locale: Locale): Promise<PrintedDocument> {
    assertPeriod(period);
    const acl = caseAccessWhere(principal.ability, 'read', 'c');
    const rows = await namedQuery<Omit<CaseRegisterEntry, 'acts'> & { acts: Array<Omit<CaseRegisterEntry['acts'][number], 'actDate'> & { actDate: string }> }>(
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
    const entries = rows.map((row) => ({ ...row, acts: row.acts.map((act) => ({ ...act, actDate: new Date(act.actDate) })) }));
    return { name: `delovodnik-${period.from}-${period.to}`, pdf: await buildCaseRegister(this.fonts, this.print.for(locale), period, entries) };
  }

  /**
   * The internal delivery book (dostavna knjiga): hand-overs in the period, of the cases the caller
   * may read and those addressed to the caller (as `GET /deliveries`).
   */
  async deliveryBook(principal: Principal, period: Period, locale: Locale): Promise<PrintedDocument> {
    assertPeriod(period);
    const acl = caseAccessWhere(principal.ability, 'read', 'c');
    const entries = await namedQuery<DeliveryBookEntry>(
      this.db.manager,
      `SELECT c.number AS "caseNumber", c.subject, fu.full_name AS "fromName", fo.code AS "fromOrgUnitCode", tou.code AS "toOrgUnitCode",
              tu.full_name AS "toName", d.handed_at AS "handedAt", d.confirmed_at AS "confirmedAt", cu.full_name AS "confirmedBy",
              d.superseded_at AS "supersededAt"
         FROM case_delivery d JOIN case_file c ON c.id = d.case_id
         JOIN app_user fu ON fu.id = d.from_user_id JOIN org_unit fo ON fo.id = d.from_org_unit_id JOIN org_unit tou ON tou.id = d.to_org_unit_id
         LEFT JOIN app_user tu ON tu.id = d.to_user_id LEFT JOIN app_user cu ON cu.id = d.confirmed_by
        WHERE ((${acl.where}) OR d.to_user_id = :caller) AND ${within('d.handed_at')}
        ORDER BY d.handed_at, d.id`,
      { ...acl.parameters, caller: principal.userId, ...period },
    );
    return { name: `dostavna-knjiga-${period.from}-${period.to}`, pdf: await buildDeliveryBook(this.fonts, this.print.for(locale), period, entries) };
  }

  /** The outgoing mail book (knjiga za otpremu pošte): dispatches entered in the period, in the order they were entered. */
  async outgoingMail(principal: Principal, period: Period, locale: Locale): Promise<PrintedDocument> {
    assertPeriod(period);
    const acl = caseAccessWhere(principal.ability, 'read', 'c');
    const entries = await namedQuery<OutgoingMailEntry>(
      this.db.manager,
      `SELECT a.number AS "actNumber", a.subject, m.recipient_name AS "recipientName", m.recipient_address AS "recipientAddress",
              m.method, m.status, CAST(m.sent_on AS text) AS "sentOn", CAST(m.delivered_on AS text) AS "deliveredOn"
         FROM outgoing_mail m JOIN case_file c ON c.id = m.case_id JOIN case_act a ON a.id = m.act_id
        WHERE (${acl.where}) AND ${within('m.created_at')}
        ORDER BY m.created_at, m.id`,
      { ...acl.parameters, ...period },
    );
    return { name: `otprema-poste-${period.from}-${period.to}`, pdf: await buildOutgoingMailBook(this.fonts, this.print.for(locale), period, entries) };
  }

  /** The archive book (arhivska knjiga) of the cases of `year`, as `GET /archive/book` shows it. */
  async archiveBook(principal: Principal, year: number, locale: Locale): Promise<PrintedDocument> {
    const acl = accessibleWhere(principal.ability, 'read', 'ArchiveEntry', caseAccessFields('c'));
    const rows = await namedQuery(this.db.manager, `SELECT ${ENTRY_COLUMNS} FROM ${ENTRY_FROM} WHERE (${acl.where}) AND e.year = :year ORDER BY ${ENTRY_ORDER}`, {
      ...acl.parameters,
      year,
      today: belgradeDate(this.clock.now()),
    });
    const entries: ArchiveBookEntry[] = rows.map(bookEntry);
    return { name: `arhivska-knjiga-${year}`, pdf: await buildArchiveBook(this.fonts, this.print.for(locale), year, entries) };
  }

  /** A disposal or handover list with its cases, for the committee to sign (as `GET /archive/disposal-lists/:id`). */
  async disposalList(principal: Principal, id: string, locale: Locale): Promise<PrintedDocument> {
    // The archive's own service decides who may read a list; it is not exported, so it is looked up.
    const lists = this.modules.get(DisposalListsService, { strict: false });
    const list = (await lists.detail(principal, id)) as Record<string, unknown> & { items: ArchiveBookEntry[] };
    const optional = <T>(key: string) => (list[key] ?? null) as T | null;
    const document: DisposalListDocument = {
      kind: list.kind as DisposalListDocument['kind'],
      status: list.status as DisposalListDocument['status'],
      note: optional<string>('note'),
      createdAt: list.createdAt as Date,
      createdBy: list.createdBy as string,
      approvedAt: optional<Date>('approvedAt'),
      approvedBy: optional<string>('approvedBy'),
      decisionNumber: optional<string>('decisionNumber'),
      archiveConsent: optional<string>('archiveConsent'),
      rejectedAt: optional<Date>('rejectedAt'),
      rejectedBy: optional<string>('rejectedBy'),
      rejectionReason: optional<string>('rejectionReason'),
      items: list.items,
    };
    const kind = document.kind === 'handover' ? 'popis-za-predaju' : 'popis-za-izlucivanje';
    return { name: `${kind}-${belgradeDate(document.createdAt)}`, pdf: await buildDisposalList(this.fonts, this.print.for(locale), document) };
  }
}

function assertPeriod(period: Period): void {
  const problem = periodProblem(period);
  if (problem) throw badRequest('VALIDATION_FAILED', {}, [problem]);
}
