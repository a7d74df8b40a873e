import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * A mark of the classification plan (klasifikaciona oznaka) with its retention period (rok čuvanja):
 * years, or permanent (trajno). The plan is versioned by year: a mark is valid from a year on.
 */
@Entity({ name: 'classification_mark' })
export class ClassificationMark {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() code: string;
  @Column() title: string;
  @Column({ type: 'integer', nullable: true }) retentionYears: number | null;
  @Column() permanent: boolean;
  @Column() validFromYear: number;
  @Column({ type: 'integer', nullable: true }) validToYear: number | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @VersionColumn() version: number;
}
