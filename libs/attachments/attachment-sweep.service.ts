import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { recordSystemAudit } from '../audit/audit.service.js';
import { TransactionalConnection } from '../database/transactional-connection.js';
import { Clock } from '../shared/clock.js';
import { RUNTIME_SETTINGS, type RuntimeSettings } from '../runtime/index.js';
import { SingleNode } from '../scheduling/index.js';
import { ObjectStorage } from '../storage/index.js';
import { AttachmentRepository, type SweptVersion } from './attachment.repository.js';
import { formatBytes } from './multipart.js';

const PREFIX = 'cases/';
const PAGE = 1000;
/** An object younger than this may belong to an upload whose rows are being written right now. */
export const ORPHAN_MIN_AGE_MS = 60 * 60 * 1000;
/** An unfinished multipart upload older than this is abandoned: no upload takes a day. */
export const INCOMPLETE_UPLOAD_MIN_AGE_MS = 24 * 60 * 60 * 1000;
/** Each list in a report names at most this many; the counts are always complete. */
const REPORTED_AT_MOST = 1000;

export interface SweepReport {
  at: Date;
  repair: boolean;
  objectsChecked: number;
  versionsChecked: number;
  /** Objects under `cases/` that no version names. `removed` only with repair and when older than an hour. */
  orphanObjects: { count: number; items: Array<{ key: string; size: number; lastModified: Date; removed: boolean }> };
  /** Versions whose object is not in storage; `missingSince` is when that was first recorded (null: not yet — repair records it). */
  missingObjects: { count: number; items: Array<{ attachmentId: string; version: number; objectKey: string; missingSince: Date | null }> };
  /** Versions marked missing whose object is there again (e.g. restored from backup); cleared with repair. */
  reappearedObjects: { count: number; items: Array<{ attachmentId: string; version: number; objectKey: string; cleared: boolean }> };
  /**
   * Multipart uploads under `cases/` never finished (an upload cut off, refused, or whose abort storage
   * refused): their parts take space and no object exists. Removed when older than a day, in every run,
   * since no row can name them; `freedBytes` is what that gave back. `checked` is false where storage
   * cannot list them (an s3rver not embedded in this Spis).
   */
  incompleteUploads: { checked: boolean; count: number; bytes: number; freedBytes: number; items: Array<{ key: string; uploadId: string; lastWritten: Date; size: number; removed: boolean }> };
}

interface StoredItem {
  name: string;
  size: number;
  lastModified: Date;
}

type VersionItem = SweptVersion;

const note = <T>(list: { count: number; items: T[] }, item: T) => {
  list.count += 1;
  if (list.items.length < REPORTED_AT_MOST) list.items.push(item);
};

/**
 * Compares the bucket with the database: objects no version names (orphans, e.g. an upload whose
 * rows were never committed) and versions whose object is gone. Both sides are read in key order
 * and merged, so memory stays flat however many attachments there are.
 *
 * Repair is never automatic: after a database restored from an older backup, the newer objects look
 * like orphans but are the only copy of those files. The nightly run only reports; an operator runs
 * `npx spis sweep --repair` after checking the report.
 */
@Injectable()
export class AttachmentSweep implements OnModuleInit {
  private readonly logger = new Logger(AttachmentSweep.name);

  constructor(
    private readonly db: TransactionalConnection,
    private readonly attachments: AttachmentRepository,
    private readonly storage: ObjectStorage,
    private readonly clock: Clock,
    private readonly singleNode: SingleNode,
    @Inject(RUNTIME_SETTINGS) private readonly settings: RuntimeSettings,
  ) {}

  onModuleInit(): void {
    this.singleNode.schedule('attachment-sweep', this.settings.config.ATTACHMENT_SWEEP_SCHEDULE, () => this.nightly());
  }

  /** The scheduled run: a report in the log, never a repair. */
  private async nightly(): Promise<void> {
    const report = await this.run({ repair: false });
    const summary = { orphans: report.orphanObjects.count, missing: report.missingObjects.count, reappeared: report.reappearedObjects.count };
    if (summary.orphans + summary.missing + summary.reappeared > 0) this.logger.warn(summary, 'attachment sweep found differences between storage and database');
    else this.logger.log(`attachment sweep: ${report.versionsChecked} versions and ${report.objectsChecked} objects agree`);
    const { freedBytes } = report.incompleteUploads;
    if (freedBytes > 0) this.logger.log(`attachment sweep: unfinished uploads older than a day removed, ${formatBytes(freedBytes)} freed`);
  }

  async run(options: { repair: boolean }): Promise<SweepReport> {
    const at = this.clock.now();
    const report: SweepReport = {
      at,
      repair: options.repair,
      objectsChecked: 0,
      versionsChecked: 0,
      orphanObjects: { count: 0, items: [] },
      missingObjects: { count: 0, items: [] },
      reappearedObjects: { count: 0, items: [] },
      incompleteUploads: { checked: true, count: 0, bytes: 0, freedBytes: 0, items: [] },
    };
    const objects = this.objects()[Symbol.asyncIterator]();
    const versions = this.versions()[Symbol.asyncIterator]();
    let object = await objects.next();
    let version = await versions.next();
    while (!object.done || !version.done) {
      if (!object.done && (version.done || object.value.name < version.value.objectKey)) {
        report.objectsChecked += 1;
        const { name: key, size, lastModified } = object.value;
        note(report.orphanObjects, { key, size, lastModified, removed: options.repair && (await this.removeOrphan(object.value, at)) });
        object = await objects.next();
      } else if (!version.done && (object.done || version.value.objectKey < object.value.name)) {
        report.versionsChecked += 1;
        const missingSince = version.value.missingAt ?? (options.repair ? await this.markMissing(version.value, at) : null);
        note(report.missingObjects, { ...this.describe(version.value), missingSince });
        version = await versions.next();
      } else if (!object.done && !version.done) {
        report.objectsChecked += 1;
        report.versionsChecked += 1;
        if (version.value.missingAt !== null) note(report.reappearedObjects, { ...this.describe(version.value), cleared: options.repair && (await this.clearMissing(version.value)) });
        object = await objects.next();
        version = await versions.next();
      }
    }
    await this.sweepIncompleteUploads(report.incompleteUploads, at);
    return report;
  }

  private async sweepIncompleteUploads(found: SweepReport['incompleteUploads'], now: Date): Promise<void> {
    const uploads = await this.storage.incompleteUploads.list(PREFIX).catch((error: { code?: string }) => {
      if (error.code === 'NotImplemented') return null;
      throw error;
    });
    if (uploads === null) {
      found.checked = false;
      return;
    }
    for (const upload of uploads) {
      const removed = now.getTime() - upload.lastWritten.getTime() >= INCOMPLETE_UPLOAD_MIN_AGE_MS;
      if (removed) {
        await this.storage.incompleteUploads.remove(upload);
        await recordSystemAudit(this.db.manager, { action: 'attachment.incomplete-upload-removed', entityType: 'AttachmentObject', entityId: upload.key, after: { uploadId: upload.uploadId, size: upload.size, lastWritten: upload.lastWritten } });
        found.freedBytes += upload.size;
      }
      found.bytes += upload.size;
      note(found, { ...upload, removed });
    }
  }

  private describe(version: VersionItem) {
    return { attachmentId: version.attachmentId, version: version.version, objectKey: version.objectKey };
  }

  /** The bucket's objects under `cases/`, in key order (S3 lists in UTF-8 binary order; checked). */
  private async *objects(): AsyncGenerator<StoredItem> {
    let previous = '';
    for await (const item of this.storage.client.listObjectsV2(this.storage.bucket, PREFIX, true)) {
      const { name, size, lastModified } = item as StoredItem;
      if (!name) continue;
      if (name <= previous) throw new Error(`object storage listed "${name}" after "${previous}": not in key order, cannot compare`);
      previous = name;
      yield { name, size, lastModified };
    }
  }

  /** Every version's object key, in the same byte order (`COLLATE "C"`), a page at a time. */
  private async *versions(): AsyncGenerator<VersionItem> {
    let after = '';
    for (;;) {
      const rows: VersionItem[] = await this.attachments.versionsAfter(after, PAGE);
      yield* rows;
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1].objectKey;
    }
  }

  /** Removes an orphan older than an hour, unless a version has named it since it was listed. */
  private async removeOrphan(object: StoredItem, now: Date): Promise<boolean> {
    if (now.getTime() - object.lastModified.getTime() < ORPHAN_MIN_AGE_MS) return false;
    if (await this.attachments.objectNamed(object.name)) return false;
    await this.storage.client.removeObject(this.storage.bucket, object.name);
    await recordSystemAudit(this.db.manager, { action: 'attachment.orphan-removed', entityType: 'AttachmentObject', entityId: object.name, after: { size: object.size, lastModified: object.lastModified } });
    return true;
  }

  private async markMissing(version: VersionItem, now: Date): Promise<Date> {
    await this.attachments.markMissing(version.attachmentId, version.version, now);
    await recordSystemAudit(this.db.manager, { action: 'attachment.object-missing', entityType: 'Attachment', entityId: version.attachmentId, after: this.describe(version) });
    return now;
  }

  private async clearMissing(version: VersionItem): Promise<boolean> {
    await this.attachments.clearMissing(version.attachmentId, version.version);
    await recordSystemAudit(this.db.manager, { action: 'attachment.object-reappeared', entityType: 'Attachment', entityId: version.attachmentId, after: this.describe(version) });
    return true;
  }
}
