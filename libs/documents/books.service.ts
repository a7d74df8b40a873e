import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Principal } from '../access/principal.js';
import { accessibleWhere } from '../access/sql-conditions.js';
import { bookEntry, type ArchiveBookEntry } from '../archive/archive-views.js';
import { DisposalListsService } from '../archive/disposal-lists.service.js';
import { caseAccessFields, caseAccessWhere } from '../cases/case-access.js';
import { belgradeDate } from '../cases/zup-deadline.js';
import type { Locale } from '../i18n/i18n.js';
import { Clock } from '../shared/clock.js';
import { badRequest } from '../shared/errors.js';
import {
  buildArchiveBook,
  buildCaseRegister,
  buildDeliveryBook,
  buildDisposalList,
  buildOutgoingMailBook,
  type DisposalListDocument,
  type Period,
} from './books.js';
import { BooksRepository } from './books.repository.js';
import type { PrintedDocument } from './case-papers.service.js';
import { periodProblem } from './period.js';
import { PdfFonts } from './pdf-fonts.js';
import { PrintContexts } from './print-context.js';

/**
 * The printed books (evidencije) for a period or a year, with the same visibility as their
 * lists in the API: each caller prints only the entries of the cases they may read.
 */
@Injectable()
export class BooksService {
  constructor(
    private readonly books: BooksRepository,
    private readonly fonts: PdfFonts,
    private readonly print: PrintContexts,
    private readonly clock: Clock,
    private readonly modules: ModuleRef,
  ) {}

  /** The case register (delovodnik): cases registered in the period in number order, each with its acts. */
  async caseRegister(principal: Principal, period: Period, locale: Locale): Promise<PrintedDocument> {
    assertPeriod(period);
    const acl = caseAccessWhere(principal.ability, 'read', 'c');
    const rows = await this.books.caseRegister(acl, period);
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
    const entries = await this.books.deliveryBook(acl, principal.userId, period);
    return { name: `dostavna-knjiga-${period.from}-${period.to}`, pdf: await buildDeliveryBook(this.fonts, this.print.for(locale), period, entries) };
  }

  /** The outgoing mail book (knjiga za otpremu pošte): dispatches entered in the period, in the order they were entered. */
  async outgoingMail(principal: Principal, period: Period, locale: Locale): Promise<PrintedDocument> {
    assertPeriod(period);
    const acl = caseAccessWhere(principal.ability, 'read', 'c');
    const entries = await this.books.outgoingMail(acl, period);
    return { name: `otprema-poste-${period.from}-${period.to}`, pdf: await buildOutgoingMailBook(this.fonts, this.print.for(locale), period, entries) };
  }

  /** The archive book (arhivska knjiga) of the cases of `year`, as `GET /archive/book` shows it. */
  async archiveBook(principal: Principal, year: number, locale: Locale): Promise<PrintedDocument> {
    const acl = accessibleWhere(principal.ability, 'read', 'ArchiveEntry', caseAccessFields('c'));
    const rows = await this.books.archiveBook(acl, year, belgradeDate(this.clock.now()));
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
