import { Injectable } from '@nestjs/common';
import type { SqlCondition } from '../access/sql-conditions.js';
import type { CaseStatus } from '../cases/case-state-machine.js';
import { GenerateSql } from '../database/generate-sql.js';
import { TransactionalConnection } from '../database/transactional-connection.js';
import { Attachment, AttachmentVersion } from './attachment.entity.js';

/** The case an attachment belongs to, as permission rules see it. */
export interface CaseOfAttachment {
  caseId: string;
  caseNumber: string;
  orgUnitId: string;
  assigneeId: string | null;
  status: CaseStatus;
}

/** A version's row as written at upload. */
export interface NewAttachmentVersion {
  attachmentId: string;
  version: number;
  objectKey: string;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedBy: string;
  uploadedAt: Date;
}

/** A version as the storage sweep compares it with the bucket's objects. */
export interface SweptVersion {
  attachmentId: string;
  version: number;
  objectKey: string;
  missingAt: Date | null;
}

/** A row of a case's attachment list: the attachment with its current version. */
export type AttachmentListRow = Record<string, unknown> & { size: string };

/** Example values for the SQL snapshots (`npm run sync:sql`); any well-formed value will do. */
const CASE = '00000000-0000-4000-8000-000000000001';
const USER = '00000000-0000-4000-8000-000000000002';
const ATTACHMENT = '00000000-0000-4000-8000-000000000003';
const ACT = '00000000-0000-4000-8000-000000000004';
const AT = new Date('2026-03-02T08:00:00Z');
const OBJECT_KEY = `cases/${CASE}/00000000-0000-4000-8000-000000000005`;
const SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const EVERYONE: SqlCondition = { where: '1 = 1', parameters: {} };

/** The attachments of case `$1`, only those of act `$2` when it is not null. */
const FOR_CASE = `a.case_id = $1 AND ($2::uuid IS NULL OR a.act_id = $2)`;

/**
 * The statements on `attachment` and `attachment_version` that the services of `attachments`
 * send, each snapshotted in `queries/attachment.repository.sql`. Every statement runs in the
 * caller's transaction (TransactionalConnection). Statements on the case itself belong to
 * CaseRepository.
 */
@Injectable()
export class AttachmentRepository {
  constructor(private readonly db: TransactionalConnection) {}

  /** A new attachment whose first version is current; returns its id. */
  @GenerateSql([{ caseId: CASE, actId: ACT, createdBy: USER, at: AT }])
  async insert(attachment: { caseId: string; actId: string | null; createdBy: string; at: Date }): Promise<string> {
    const [{ id }] = await this.db.manager.query(
      `INSERT INTO attachment (case_id, act_id, current_version, created_by, created_at, updated_at) VALUES ($1, $2, 1, $3, $4, $4) RETURNING id`,
      [attachment.caseId, attachment.actId, attachment.createdBy, attachment.at],
    );
    return id;
  }

  @GenerateSql([{ attachmentId: ATTACHMENT, version: 1, objectKey: OBJECT_KEY, filename: 'podnesak.pdf', contentType: 'application/pdf', size: 1024, sha256: SHA256, uploadedBy: USER, uploadedAt: AT }])
  async insertVersion(row: NewAttachmentVersion): Promise<void> {
    await this.db.manager.query(
      `INSERT INTO attachment_version (attachment_id, version, object_key, filename, content_type, size, sha256, uploaded_by, uploaded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [row.attachmentId, row.version, row.objectKey, row.filename, row.contentType, row.size, row.sha256, row.uploadedBy, row.uploadedAt],
    );
  }

  /**
   * The attachment's current version number, its row locked until the transaction ends so that
   * two new versions cannot both follow the same one. Throws when there is no such attachment.
   */
  @GenerateSql([ATTACHMENT])
  async lockCurrentVersion(id: string): Promise<number> {
    const [{ current_version: current }] = await this.db.manager.query(`SELECT current_version FROM attachment WHERE id = $1 FOR UPDATE`, [id]);
    return current;
  }

  @GenerateSql([ATTACHMENT, 2, AT])
  async setCurrentVersion(id: string, version: number, at: Date): Promise<void> {
    await this.db.manager.query(`UPDATE attachment SET current_version = $2, updated_at = $3 WHERE id = $1`, [id, version, at]);
  }

  /** The version that is current now; null when there is no such attachment. */
  @GenerateSql([ATTACHMENT])
  currentVersion(id: string): Promise<AttachmentVersion | null> {
    return this.db.manager
      .getRepository(AttachmentVersion)
      .createQueryBuilder('v')
      .innerJoin(Attachment, 'a', 'a.id = v.attachment_id AND a.current_version = v.version')
      .where('v.attachment_id = :id', { id })
      .getOne();
  }

  @GenerateSql([ATTACHMENT, 1])
  version(id: string, version: number): Promise<AttachmentVersion | null> {
    return this.db.getRepository(AttachmentVersion).findOneBy({ attachmentId: id, version });
  }

  @GenerateSql([ATTACHMENT])
  get(id: string): Promise<Attachment> {
    return this.db.getRepository(Attachment).findOneByOrFail({ id });
  }

  /** Every version of the attachment, newest first. */
  @GenerateSql([ATTACHMENT])
  versions(id: string): Promise<AttachmentVersion[]> {
    return this.db.getRepository(AttachmentVersion).find({ where: { attachmentId: id }, order: { version: 'DESC' } });
  }

  /** The usernames of the versions' uploaders, for display. */
  @GenerateSql([[USER]])
  uploaders(userIds: string[]): Promise<Array<{ id: string; username: string }>> {
    return this.db.manager.query(`SELECT id, username FROM app_user WHERE id = ANY($1)`, [userIds]);
  }

  /** How many attachments the case has (those of act `actId` when given). */
  @GenerateSql([CASE, ACT])
  async countForCase(caseId: string, actId: string | null): Promise<number> {
    const [{ total }] = await this.db.manager.query(`SELECT count(*)::int AS total FROM attachment a WHERE ${FOR_CASE}`, [caseId, actId]);
    return total;
  }

  /** A page of the case's attachments (those of act `actId` when given), oldest first, each with its current version. */
  @GenerateSql([CASE, ACT, 20, 0])
  pageForCase(caseId: string, actId: string | null, limit: number, offset: number): Promise<AttachmentListRow[]> {
    return this.db.manager.query(
      `SELECT a.id, a.case_id AS "caseId", a.act_id AS "actId", v.version, v.filename, v.size, v.sha256, v.content_type AS "contentType",
              v.uploaded_at AS "uploadedAt", u.username AS "uploadedBy", v.missing_at IS NOT NULL AS missing, a.created_at AS "createdAt",
              a.current_version AS "versionCount"
         FROM attachment a
         JOIN attachment_version v ON v.attachment_id = a.id AND v.version = a.current_version
         JOIN app_user u ON u.id = v.uploaded_by
        WHERE ${FOR_CASE}
        ORDER BY a.created_at, a.id
        LIMIT $3 OFFSET $4`,
      [caseId, actId, limit, offset],
    );
  }

  /** The attachment's case, if `access` (permission conditions over the case, alias `c`) lets it be seen; null otherwise. */
  @GenerateSql([EVERYONE, ATTACHMENT])
  async caseOfVisible(access: SqlCondition, id: string): Promise<CaseOfAttachment | null> {
    return (
      (await this.db.manager
        .createQueryBuilder()
        .select(['c.id AS "caseId"', 'c.number AS "caseNumber"', 'c.org_unit_id AS "orgUnitId"', 'c.assignee_id AS "assigneeId"', 'c.status AS status'])
        .where(access.where, access.parameters)
        .from('attachment', 'a')
        .innerJoin('case_file', 'c', 'c.id = a.case_id')
        .andWhere('a.id = :id', { id })
        .getRawOne<CaseOfAttachment>()) ?? null
    );
  }

  /** Marks the version's object as gone from storage, unless it is marked already. */
  @GenerateSql([ATTACHMENT, 1, AT])
  async markMissing(attachmentId: string, version: number, at: Date): Promise<void> {
    await this.db.manager.query(`UPDATE attachment_version SET missing_at = $3 WHERE attachment_id = $1 AND version = $2 AND missing_at IS NULL`, [attachmentId, version, at]);
  }

  @GenerateSql([ATTACHMENT, 1])
  async clearMissing(attachmentId: string, version: number): Promise<void> {
    await this.db.manager.query(`UPDATE attachment_version SET missing_at = NULL WHERE attachment_id = $1 AND version = $2`, [attachmentId, version]);
  }

  /**
   * Up to `limit` versions whose object key follows `after`, in the byte order (`COLLATE "C"`) in
   * which S3 lists objects, so the sweep can walk both in step.
   */
  @GenerateSql(['', 1000])
  versionsAfter(after: string, limit: number): Promise<SweptVersion[]> {
    return this.db.manager.query(
      `SELECT attachment_id AS "attachmentId", version, object_key AS "objectKey", missing_at AS "missingAt"
         FROM attachment_version WHERE object_key COLLATE "C" > $1 ORDER BY object_key COLLATE "C" LIMIT ${Number(limit)}`,
      [after],
    );
  }

  /** Whether a version names the object. */
  @GenerateSql([OBJECT_KEY])
  async objectNamed(objectKey: string): Promise<boolean> {
    const [named] = await this.db.manager.query(`SELECT 1 FROM attachment_version WHERE object_key = $1`, [objectKey]);
    return named !== undefined;
  }
}
