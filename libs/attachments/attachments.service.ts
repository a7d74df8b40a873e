import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { subject } from '@casl/ability';
import type { Request } from 'express';
import type { Readable } from 'node:stream';
import type { Action } from '../access/permissions.js';
import type { Principal } from '../access/principal.js';
import { accessibleWhere, type SqlCondition } from '../access/sql-conditions.js';
import { AuditService } from '../audit/audit.service.js';
import { caseAccessFields } from '../cases/case-access.js';
import { CaseRepository } from '../cases/case.repository.js';
import type { CaseStatus } from '../cases/case-state-machine.js';
import { TransactionalConnection } from '../database/transactional-connection.js';
import { RUNTIME_SETTINGS, type RuntimeSettings } from '../runtime/runtime-settings.js';
import { Clock } from '../shared/clock.js';
import { badRequest, conflict, DomainError, forbidden, notFound } from '../shared/errors.js';
import { pageOf } from '../shared/pagination.js';
import { assertVersion } from '../shared/versioning.js';
import { AttachmentObjects, type StoredObject } from './attachment-objects.service.js';
import type { AttachmentVersion } from './attachment.entity.js';
import { AttachmentRepository, type CaseOfAttachment } from './attachment.repository.js';
import type { CaseAttachmentsQueryDto } from './dto/attachment.dto.js';
import { contentDisposition } from './filename.js';
import { receiveUpload } from './multipart.js';
import { readVerified, type IntegrityFailure } from './verified-download.js';

/** Cases whose papers are gone (destroyed, or handed to the historical archive) take no new files. */
const CLOSED_FOR_ATTACHMENTS: readonly CaseStatus[] = ['destroyed', 'handed_over'];

/** How long a link straight to storage works. */
export const LINK_SECONDS = 300;

export type { CaseOfAttachment } from './attachment.repository.js';

/** A version ready to be served: its record and the object's bytes as storage sends them. */
export interface OpenedContent {
  attachmentId: string;
  version: AttachmentVersion;
  body: Readable;
}

/** How a new version is written into the case's history and the audit trail. */
export interface VersionRecord {
  /** The case event, e.g. `attachment.add`. */
  event: string;
  /** The audit action, e.g. `attachment.upload`. */
  audit: string;
  /** Added to both. */
  details?: Record<string, unknown>;
}

const UPLOADED: VersionRecord = { event: 'attachment.add', audit: 'attachment.upload' };

const corrupted = () => new DomainError(HttpStatus.INTERNAL_SERVER_ERROR, 'ATTACHMENT_CORRUPTED');
const contentMissing = () => new DomainError(HttpStatus.INTERNAL_SERVER_ERROR, 'ATTACHMENT_CONTENT_MISSING');

function versionView(version: AttachmentVersion, usernames: Map<string, string>) {
  return {
    version: version.version,
    filename: version.filename,
    size: version.size,
    sha256: version.sha256,
    contentType: version.contentType,
    uploadedAt: version.uploadedAt,
    uploadedBy: usernames.get(version.uploadedBy) ?? null,
    missing: version.missingAt !== null,
  };
}

/**
 * Attachments (prilozi) of cases and acts. Who may see or add them follows their case: the
 * `Attachment` rules are read over the case's unit, official and status. An upload streams to
 * storage first; its rows are written only once the object is stored, and the object is removed
 * again when they cannot be.
 *
 * Uploads run outside the per-request transaction (`@NoRequestTransaction()` on their routes): a
 * body may take minutes to arrive, and a transaction opened before it would hold a pooled database
 * connection idle the whole time. The checks before the upload read without a transaction; the
 * rows are written in a short transaction of their own once the object is stored, which checks
 * again that the case still takes files.
 */
@Injectable()
export class AttachmentsService {
  private readonly logger = new Logger(AttachmentsService.name);
  private readonly maxBytes: number;

  constructor(
    private readonly db: TransactionalConnection,
    private readonly attachments: AttachmentRepository,
    private readonly cases: CaseRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly objects: AttachmentObjects,
    @Inject(RUNTIME_SETTINGS) settings: RuntimeSettings,
  ) {
    this.maxBytes = settings.config.SPIS_MAX_UPLOAD_BYTES;
  }

  /** A new attachment of case `caseId` (of its act `actId` when given), from the request's multipart body. */
  async upload(principal: Principal, caseId: string, actId: string | null, request: Request) {
    const file = await this.caseToAttachTo(principal, caseId);
    if (actId !== null) await this.assertActOfCase(caseId, actId);
    const { stored } = await this.receive(request, caseId);
    return this.keepOrRemove(stored, async () => {
      await this.assertStillOpen(file);
      const now = this.clock.now();
      const id = await this.attachments.insert({ caseId, actId, createdBy: principal.userId, at: now });
      await this.insertVersion(id, 1, stored, principal, now);
      return this.recordVersion(file, id, 1, stored, now, UPLOADED);
    });
  }

  /** A new version of attachment `id`; the earlier ones stay. The form may carry the `version` replaced. */
  async addVersion(principal: Principal, id: string, request: Request) {
    const found = await this.attachmentToChange(principal, id);
    const { stored, fields } = await this.receive(request, found.caseId);
    return this.writeVersion(principal, id, found, stored, parseVersionField(fields.version), UPLOADED);
  }

  /** The attachment's case, if the caller may add versions to it: 404 when not visible, 403 / 409 as for an upload. */
  async attachmentToChange(principal: Principal, id: string): Promise<CaseOfAttachment> {
    const found = await this.visibleAttachment(principal, id);
    this.assertMayAttach(principal, found);
    return found;
  }

  /** The version that is current now. */
  async currentVersion(id: string): Promise<AttachmentVersion> {
    const version = await this.attachments.currentVersion(id);
    if (!version) throw notFound('ATTACHMENT_NOT_FOUND');
    return version;
  }

  /**
   * Makes the object `stored` the next version of attachment `id`, in a transaction of its own:
   * refused (and the object removed) when another version came first (`expected` is not current
   * any more) or the case stopped taking files while the object was being stored.
   */
  async writeVersion(principal: Principal, id: string, file: CaseOfAttachment, stored: StoredObject, expected: number | undefined, record: VersionRecord) {
    return this.keepOrRemove(stored, async () => {
      const now = this.clock.now();
      const current = await this.attachments.lockCurrentVersion(id);
      assertVersion({ version: current }, expected);
      await this.assertStillOpen(file);
      const version = current + 1;
      await this.insertVersion(id, version, stored, principal, now);
      await this.attachments.setCurrentVersion(id, version, now);
      return this.recordVersion(file, id, version, stored, now, record);
    });
  }

  /** The attachment with every version, newest first. */
  async detail(principal: Principal, id: string) {
    await this.visibleAttachment(principal, id);
    return this.view(id);
  }

  /** The case's attachments (those of one act with `actId`), oldest first, each with its current version. */
  async listForCase(principal: Principal, caseId: string, query: CaseAttachmentsQueryDto) {
    await this.visibleCase(principal, caseId);
    const total = await this.attachments.countForCase(caseId, query.actId ?? null);
    const rows = await this.attachments.pageForCase(caseId, query.actId ?? null, query.pageSize, (query.page - 1) * query.pageSize);
    return pageOf(rows.map((row) => ({ ...row, size: Number(row.size) })), total, query);
  }

  /** The version's record and bytes, if the caller may read the attachment; problems found before sending are answered here. */
  async openContent(principal: Principal, id: string, versionNumber?: number): Promise<OpenedContent> {
    const version = await this.versionToRead(principal, id, versionNumber);
    const object = await this.objects.open(version.objectKey);
    if (object === null) {
      await this.reportIntegrityFailure(version, 'missing');
      throw contentMissing();
    }
    if (Number.isFinite(object.size) && object.size !== version.size) {
      object.body.destroy();
      await this.reportIntegrityFailure(version, { expectedSize: version.size, expectedSha256: version.sha256, actualSize: object.size, actualSha256: null });
      throw corrupted();
    }
    return { attachmentId: id, version, body: object.body };
  }

  /** A small version read whole and verified, so a mismatch is still answered with an error status. */
  async readVerified(content: OpenedContent): Promise<Buffer> {
    try {
      return await readVerified(content.body, content.version);
    } catch (error) {
      const failure = (error as { failure?: IntegrityFailure }).failure;
      if (!failure) throw error;
      await this.reportIntegrityFailure(content.version, failure);
      throw corrupted();
    }
  }

  /** Logged, audited (`attachment.integrity-failure`) and, for a vanished object, marked on the version. */
  async reportIntegrityFailure(version: AttachmentVersion, failure: IntegrityFailure | 'missing'): Promise<void> {
    const details = { version: version.version, objectKey: version.objectKey, ...(failure === 'missing' ? { missing: true } : failure) };
    this.logger.error({ attachmentId: version.attachmentId, ...details }, 'attachment failed its integrity check');
    try {
      if (failure === 'missing') {
        await this.attachments.markMissing(version.attachmentId, version.version, this.clock.now());
      }
      await this.audit.record({ action: 'attachment.integrity-failure', entityType: 'Attachment', entityId: version.attachmentId, after: details });
    } catch (error) {
      this.logger.error({ err: (error as Error).message, attachmentId: version.attachmentId }, 'could not record the integrity failure');
    }
  }

  /** A short-lived link straight to storage, for deployments where clients reach it. */
  async link(principal: Principal, id: string, versionNumber?: number) {
    const version = await this.versionToRead(principal, id, versionNumber);
    const now = this.clock.now();
    const url = await this.objects.presignedLink(version.objectKey, LINK_SECONDS, now, {
      contentType: version.contentType,
      contentDisposition: contentDisposition(version.filename),
    });
    return { url, version: version.version, expiresAt: new Date(now.getTime() + LINK_SECONDS * 1000) };
  }

  private async receive(request: Request, caseId: string) {
    await this.objects.assertAvailable();
    return receiveUpload(
      request,
      this.maxBytes,
      (file) => this.objects.store(caseId, file),
      (stored) => this.objects.removeQuietly(stored.key),
    );
  }

  /**
   * Runs the writes of an upload in one transaction; if they fail (the commit included), the object
   * just stored is removed so it is not left without a row.
   */
  private async keepOrRemove<T>(stored: StoredObject, write: () => Promise<T>): Promise<T> {
    try {
      return await this.db.withTransaction(write);
    } catch (error) {
      await this.objects.removeQuietly(stored.key);
      throw error;
    }
  }

  private async insertVersion(attachmentId: string, version: number, stored: StoredObject, principal: Principal, now: Date): Promise<void> {
    await this.attachments.insertVersion({
      attachmentId,
      version,
      objectKey: stored.key,
      filename: stored.filename,
      contentType: stored.contentType,
      size: stored.size,
      sha256: stored.sha256,
      uploadedBy: principal.userId,
      uploadedAt: now,
    });
  }

  private async recordVersion(file: CaseOfAttachment, id: string, version: number, stored: StoredObject, now: Date, record: VersionRecord) {
    const view = await this.view(id);
    const { key: objectKey, ...described } = stored;
    const details = { attachmentId: id, actId: view.actId, version, filename: stored.filename, ...record.details };
    await this.cases.addEvent({ caseId: file.caseId, at: now, action: record.event, details });
    await this.audit.record({ action: record.audit, entityType: 'Attachment', entityId: id, after: { caseId: file.caseId, caseNumber: file.caseNumber, ...details, ...described, objectKey } });
    return view;
  }

  /** The attachment with its current version's details and every version, newest first. */
  private async view(id: string) {
    const attachment = await this.attachments.get(id);
    const versions = await this.attachments.versions(id);
    const rows = await this.attachments.uploaders([...new Set(versions.map((v) => v.uploadedBy))]);
    const usernames = new Map(rows.map((row) => [row.id, row.username]));
    const current = versions.find((v) => v.version === attachment.currentVersion)!;
    return {
      id: attachment.id,
      caseId: attachment.caseId,
      actId: attachment.actId,
      ...versionView(current, usernames),
      createdAt: attachment.createdAt,
      versions: versions.map((v) => versionView(v, usernames)),
    };
  }

  /** The case, if the caller may see its attachments; 404 otherwise. */
  private async visibleCase(principal: Principal, caseId: string): Promise<CaseOfAttachment> {
    const found = await this.cases.forAttachments(this.access(principal, 'read'), caseId);
    if (!found) throw notFound('CASE_NOT_FOUND');
    return found;
  }

  /** The attachment's case, if the caller may see the attachment; 404 otherwise. */
  private async visibleAttachment(principal: Principal, id: string): Promise<CaseOfAttachment> {
    const found = await this.attachments.caseOfVisible(this.access(principal, 'read'), id);
    if (!found) throw notFound('ATTACHMENT_NOT_FOUND');
    return found;
  }

  /** The conditions over the case (alias `c`) under which the caller may `action` its attachments. */
  private access(principal: Principal, action: Action): SqlCondition {
    return accessibleWhere(principal.ability, action, 'Attachment', caseAccessFields('c'));
  }

  private async caseToAttachTo(principal: Principal, caseId: string): Promise<CaseOfAttachment> {
    const file = await this.visibleCase(principal, caseId);
    this.assertMayAttach(principal, file);
    return file;
  }

  /** Visible but not theirs to add to → 403; a case whose papers are gone → 409. */
  private assertMayAttach(principal: Principal, file: CaseOfAttachment): void {
    const record = { orgUnitId: file.orgUnitId, assigneeId: file.assigneeId, status: file.status, caseStatus: file.status };
    if (!principal.ability.can('create', subject('Attachment', record))) throw forbidden();
    assertOpenForAttachments(file.status);
  }

  /**
   * Inside the writing transaction: the case still takes files (it may have been destroyed or handed
   * over while a long upload was arriving). The share lock keeps it so until the rows are committed.
   */
  private async assertStillOpen(file: CaseOfAttachment): Promise<void> {
    assertOpenForAttachments(await this.cases.statusForShare(file.caseId));
  }

  private async assertActOfCase(caseId: string, actId: string): Promise<void> {
    if (!(await this.cases.hasAct(caseId, actId))) throw notFound('ACT_NOT_FOUND');
  }

  private async versionToRead(principal: Principal, id: string, versionNumber?: number): Promise<AttachmentVersion> {
    await this.visibleAttachment(principal, id);
    const version = versionNumber === undefined ? await this.currentVersion(id) : await this.attachments.version(id, versionNumber);
    if (!version) throw notFound('ATTACHMENT_NOT_FOUND');
    return version;
  }
}

function assertOpenForAttachments(status: CaseStatus): void {
  if (CLOSED_FOR_ATTACHMENTS.includes(status)) throw conflict('CASE_NOT_OPEN_FOR_ATTACHMENTS', { status });
}

/** The optional `version` form field: the version a new one replaces. */
function parseVersionField(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (!/^\d{1,9}$/.test(value.trim())) {
    throw badRequest('VALIDATION_FAILED', {}, [{ field: 'version', rule: 'isInt', message: 'version must be a whole number' }]);
  }
  return Number(value);
}
