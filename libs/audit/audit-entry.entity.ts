import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One line of the append-only audit trail (PostgreSQL refuses UPDATE and DELETE on it). */
@Entity({ name: 'audit_log' })
export class AuditEntry {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ type: 'timestamptz' }) at: Date;
  @Column({ type: 'uuid', nullable: true }) actorId: string | null;
  @Column({ type: 'text', nullable: true }) actorUsername: string | null;
  /** e.g. `user.create`, `case.assign`, `case.close`. */
  @Column() action: string;
  @Column() entityType: string;
  @Column() entityId: string;
  @Column({ type: 'jsonb', nullable: true }) before: Record<string, unknown> | null;
  @Column({ type: 'jsonb', nullable: true }) after: Record<string, unknown> | null;
  @Column({ type: 'text', nullable: true }) requestId: string | null;
}
