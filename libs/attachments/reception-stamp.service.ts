import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import type { Request } from 'express';
import type { Principal } from '../access/principal.js';
import { CaseRepository } from '../cases/case.repository.js';
import { PdfFonts } from '../documents/pdf-fonts.js';
import { PrintContexts } from '../documents/print-context.js';
import { PdfNotStampableError, stampReceived, type StampFacts } from '../documents/reception-stamp.js';
import { translate, type Locale } from '../i18n/i18n.js';
import { RUNTIME_SETTINGS, type RuntimeSettings } from '../runtime/runtime-settings.js';
import { DomainError } from '../shared/errors.js';
import { assertVersion } from '../shared/versioning.js';
import { AttachmentObjects } from './attachment-objects.service.js';
import type { AttachmentVersion } from './attachment.entity.js';
import { AttachmentsService, type CaseOfAttachment } from './attachments.service.js';
import { formatBytes } from './multipart.js';

const MIB = 1024 * 1024;
/**
 * Stamping holds the whole PDF in memory — pdf-lib reads and writes a document whole — about three
 * to four times its size while it works, so it is for PDFs up to this size (`SPIS_MAX_STAMP_BYTES`).
 */
export const DEFAULT_MAX_STAMP_BYTES = 50 * MIB;
/** Stamps drawn at once by one API process; more wait their turn, so memory stays bounded. */
const STAMPS_AT_ONCE = 2;
/** The stamped PDF is handed to storage in slices, as an upload's chunks would arrive. */
const SLICE_BYTES = MIB;

const PDF = 'application/pdf';

const notPdf = (contentType: string) => new DomainError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'ATTACHMENT_NOT_PDF', { contentType });
const tooLargeToStamp = (limit: number) => new DomainError(HttpStatus.PAYLOAD_TOO_LARGE, 'ATTACHMENT_TOO_LARGE_TO_STAMP', { limit: formatBytes(limit) });
const notStampable = () => new DomainError(HttpStatus.UNPROCESSABLE_ENTITY, 'PDF_NOT_STAMPABLE');

/** The setting when given (the config schema passes it on as text or number), else the default. */

/** Runs at most `size` tasks at once; the others wait, in order. */
class Gate {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly size: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active < this.size) this.active += 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await task();
    } finally {
      // The slot passes straight to the next in line, or is freed.
      const next = this.waiting.shift();
      if (next) next();
      else this.active -= 1;
    }
  }
}

async function* slices(bytes: Uint8Array): AsyncGenerator<Buffer> {
  for (let at = 0; at < bytes.length; at += SLICE_BYTES) yield Buffer.from(bytes.buffer, bytes.byteOffset + at, Math.min(SLICE_BYTES, bytes.length - at));
}

/**
 * The reception stamp (prijemni štambilj) on a scanned submission: the current version of a PDF
 * attachment is read from storage (checked against its SHA-256), stamped on its first page with
 * what the case's registration recorded, and stored as a new version the same way an upload is —
 * the scan as it came in stays as the earlier version. Who may stamp is who may add a version.
 */
@Injectable()
export class ReceptionStamps {
  private readonly logger = new Logger(ReceptionStamps.name);
  private readonly maxBytes: number;
  private readonly gate = new Gate(STAMPS_AT_ONCE);

  constructor(
    private readonly attachments: AttachmentsService,
    private readonly objects: AttachmentObjects,
    private readonly cases: CaseRepository,
    private readonly fonts: PdfFonts,
    private readonly print: PrintContexts,
    @Inject(RUNTIME_SETTINGS) settings: RuntimeSettings,
  ) {
    this.maxBytes = settings.config.SPIS_MAX_STAMP_BYTES;
  }

  /** Stamps the current version of attachment `id`; `expected`, when given, must still be current (else 409). */
  async stamp(principal: Principal, id: string, expected: number | undefined, locale: Locale) {
    const file = await this.attachments.attachmentToChange(principal, id);
    const current = await this.attachments.currentVersion(id);
    assertVersion(current, expected);
    return this.stampVersion(principal, file, current, locale);
  }

  /**
   * An upload stamped at once: the scan as it came in is version 1, the stamped copy version 2.
   * Only a PDF is stamped; for anything else, or a PDF that cannot be stamped, the upload stands
   * and the answer says why there is no stamp (`stamped: false`, `stampRefused`).
   */
  async uploadStamped(principal: Principal, caseId: string, actId: string | null, request: Request, locale: Locale) {
    const uploaded = await this.attachments.upload(principal, caseId, actId, request);
    const refused = (error: DomainError) => ({ ...uploaded, stamped: false, stampRefused: { code: error.code, detail: translate(error.code, locale, error.params) } });
    if (uploaded.contentType !== PDF) return refused(notPdf(uploaded.contentType));
    try {
      return { ...(await this.stamp(principal, uploaded.id, uploaded.version, locale)), stamped: true };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      this.logger.warn({ attachmentId: uploaded.id, code: error.code }, 'uploaded, but not stamped');
      return refused(error);
    }
  }

  private async stampVersion(principal: Principal, file: CaseOfAttachment, current: AttachmentVersion, locale: Locale) {
    if (current.contentType !== PDF) throw notPdf(current.contentType);
    if (current.size > this.maxBytes) throw tooLargeToStamp(this.maxBytes);
    const id = current.attachmentId;
    const stored = await this.gate.run(async () => {
      const original = await this.attachments.readVerified(await this.attachments.openContent(principal, id, current.version));
      const stamped = await this.draw(id, await this.facts(file.caseId), original, locale);
      return this.objects.store(file.caseId, { chunks: slices(stamped), filename: current.filename });
    });
    return this.attachments.writeVersion(principal, id, file, stored, current.version, {
      event: 'attachment.stamp',
      audit: 'attachment.stamp',
      details: { stampedVersion: current.version },
    });
  }

  private async draw(id: string, facts: StampFacts, original: Buffer, locale: Locale): Promise<Uint8Array> {
    try {
      return await stampReceived(this.fonts, this.print.for(locale), facts, original);
    } catch (error) {
      if (!(error instanceof PdfNotStampableError)) throw error;
      this.logger.warn({ attachmentId: id, reason: error.reason, err: (error.cause as Error | undefined)?.message }, 'PDF cannot be stamped');
      throw notStampable();
    }
  }

  /** What the registry recorded when the submission was received. */
  private async facts(caseId: string): Promise<StampFacts> {
    return this.cases.receptionFacts(caseId);
  }
}
