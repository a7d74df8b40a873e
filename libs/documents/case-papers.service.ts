import { Injectable } from '@nestjs/common';
import type { Principal } from '../access/principal.js';
import type { ActDirection } from '../cases/case-act.entity.js';
import { CaseQueriesService } from '../cases/case-queries.service.js';
import type { Locale } from '../i18n/i18n.js';
import { fromMajorUnits } from '../shared/money.js';
import { BooksRepository } from './books.repository.js';
import { buildCoverSheet } from './cover-sheet.js';
import { CaseLookupCodes } from './lookup-code.js';
import { PdfFonts } from './pdf-fonts.js';
import { PrintContexts } from './print-context.js';
import { buildReceipt } from './receipt.js';

/** A generated PDF and the case number it is named after. */
export interface PrintedDocument {
  name: string;
  pdf: Uint8Array;
}

interface ActRow {
  number: string;
  actDate: Date;
  direction: ActDirection;
  subject: string;
  correspondent: string | null;
}

/**
 * The papers of one case: the receipt for the party (potvrda o prijemu) and the cover sheet
 * (omot spisa). Only for a case the caller may read (404 otherwise), with what the case detail shows.
 */
@Injectable()
export class CasePapersService {
  constructor(
    private readonly cases: CaseQueriesService,
    private readonly books: BooksRepository,
    private readonly fonts: PdfFonts,
    private readonly codes: CaseLookupCodes,
    private readonly print: PrintContexts,
  ) {}

  async receipt(principal: Principal, id: string, locale: Locale): Promise<PrintedDocument> {
    const file = await this.cases.detail(principal, id);
    const pdf = await buildReceipt(this.fonts, this.print.for(locale), {
      number: file.number,
      lookupCode: this.codes.of(file.id),
      receivedAt: file.receivedAt,
      receivedVia: file.receivedVia,
      party: { name: file.party.name, address: file.party.address },
      subject: file.subject,
      classificationCode: file.classificationCode,
      orgUnit: { code: file.orgUnit.code, name: file.orgUnit.name },
      attachmentsCount: file.attachmentsCount,
      // The detail shows the fee as the API does, in dinars; that number gives the para back exactly.
      feeMinor: file.feeAmount === null ? null : fromMajorUnits(file.feeAmount),
      dueDate: file.dueDate,
    });
    return { name: file.number, pdf };
  }

  async coverSheet(principal: Principal, id: string, locale: Locale): Promise<PrintedDocument> {
    const file = await this.cases.detail(principal, id);
    const title = await this.books.classificationTitle(file.classificationMarkId);
    const acts = file.documents as ActRow[];
    const pdf = await buildCoverSheet(this.fonts, this.print.for(locale), {
      number: file.number,
      classification: { code: file.classificationCode, title },
      orgUnit: { code: file.orgUnit.code, name: file.orgUnit.name },
      official: file.assignee ? (file.assignee.fullName ?? file.assignee.username) : null,
      party: { name: file.party.name, address: file.party.address },
      subject: file.subject,
      receivedAt: file.receivedAt,
      dueDate: file.dueDate,
      status: file.status,
      acts: acts.map((act) => ({ number: act.number, actDate: new Date(act.actDate), direction: act.direction, subject: act.subject, correspondent: act.correspondent })),
    });
    return { name: file.number, pdf };
  }
}
