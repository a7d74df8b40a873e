import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { CounterScope } from './case-number-template.js';

/**
 * A book of case numbers (delovodnik): the number template the administrator set and the scope of
 * its serial counter. One book is the default for registration; further books (e.g. the municipal
 * attorney's own registry) keep their own counters.
 */
@Entity({ name: 'numbering_book' })
export class NumberingBook {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() code: string;
  @Column() name: string;
  @Column() template: string;
  @Column({ type: 'text' }) counterScope: CounterScope;
  @Column() isDefault: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @VersionColumn() version: number;
}
