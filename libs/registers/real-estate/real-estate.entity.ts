import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PropertyKind, RecordedStatus } from './real-estate-rules.js';
import { MinorUnitsColumn } from '../../database/money-column.js';
import type { MinorUnits } from '../../shared/money.js';

/**
 * A property of the municipality (nepokretnost u javnoj svojini): a parcel in a cadastral
 * municipality, a building on it, or a unit (flat, business premises) in that building. Area in
 * m² as numeric text with two decimals, value in minor units (para).
 */
@Entity({ name: 'real_estate' })
export class RealEstate {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() version: number;
  /** Katastarska opština, as written in the cadastre. */
  @Column() cadastralMunicipality: string;
  /** The name folded for search, so `Нови Сад` and `Novi Sad` are the same municipality. */
  @Column() cadastralMunicipalityKey: string;
  /** Broj katastarske parcele, e.g. `1234/5`. */
  @Column() parcelNumber: string;
  /** Broj zgrade on the parcel. */
  @Column({ type: 'integer', nullable: true }) buildingNumber: number | null;
  /** Broj posebnog dela (flat, business premises) in the building. */
  @Column({ type: 'text', nullable: true }) unitNumber: string | null;
  @Column({ type: 'text', nullable: true }) address: string | null;
  @Column({ type: 'text' }) kind: PropertyKind;
  /** m², numeric(12, 2) as text, e.g. `'54.30'`. */
  @Column({ type: 'numeric' }) area: string;
  @Column() shareNumerator: number;
  @Column() shareDenominator: number;
  /** Pravni osnov: the title by which the municipality holds it. */
  @Column() legalBasis: string;
  /** Korisnik: who uses it without a lease (a school, a local community office). */
  @Column({ type: 'text', nullable: true }) userName: string | null;
  @MinorUnitsColumn({ nullable: true }) valueMinor: MinorUnits | null;
  @Column() valueCurrency: string;
  @Column({ type: 'text' }) status: RecordedStatus;
  /** The day an alienation, demolition or write-off took effect; null while active. */
  @Column({ type: 'date', nullable: true }) statusDate: string | null;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column() searchText: string;
  @Column({ type: 'timestamptz' }) createdAt: Date;
  @Column({ type: 'timestamptz' }) updatedAt: Date;
}
