import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** An organisational unit (odeljenje, odsek, grupa): a tree, each with a short code used in case numbers. */
@Entity({ name: 'org_unit' })
export class OrgUnit {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() code: string;
  @Column() name: string;
  @Column({ type: 'uuid', nullable: true }) parentId: string | null;
  @Column() active: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @VersionColumn() version: number;
}
