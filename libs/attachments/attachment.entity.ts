import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { exactBigintColumn } from '../database/bigint-column.js';


/** An attachment (prilog) of a case, or of one act of it; its content lives in its versions. */
@Entity({ name: 'attachment' })
export class Attachment {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') caseId: string;
  @Column({ type: 'uuid', nullable: true }) actId: string | null;
  @Column() currentVersion: number;
  @Column('uuid') createdBy: string;
  @Column({ type: 'timestamptz' }) createdAt: Date;
  @Column({ type: 'timestamptz' }) updatedAt: Date;
}

/** One uploaded file of an attachment. Never changed after upload, except to note its object went missing. */
@Entity({ name: 'attachment_version' })
export class AttachmentVersion {
  @PrimaryColumn('uuid') attachmentId: string;
  @PrimaryColumn() version: number;
  /** `cases/<case id>/<uuid>`, made by the server. */
  @Column() objectKey: string;
  /** As the client named the file; for display and download only. */
  @Column() filename: string;
  /** Decided from the bytes at upload. */
  @Column() contentType: string;
  @Column({ type: 'bigint', transformer: exactBigintColumn }) size: number;
  @Column({ type: 'char', length: 64 }) sha256: string;
  @Column('uuid') uploadedBy: string;
  @Column({ type: 'timestamptz' }) uploadedAt: Date;
  /** When a sweep found the object gone from storage. */
  @Column({ type: 'timestamptz', nullable: true }) missingAt: Date | null;
}
