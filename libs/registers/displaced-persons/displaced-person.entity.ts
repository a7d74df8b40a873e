import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A person in the register of refugees, expelled and internally displaced persons (izbeglo,
 * prognano ili interno raseljeno lice). Identified by a JMBG (`personalId`) or a foreign
 * document's number (`foreignId`), at least one; both are personal data. The status, documents,
 * family links and assistance are rows of their own tables.
 */
@Entity({ name: 'displaced_person' })
export class DisplacedPerson {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() version: number;
  @Column() firstName: string;
  @Column() lastName: string;
  @Column({ type: 'text', nullable: true }) personalId: string | null;
  @Column({ type: 'text', nullable: true }) foreignId: string | null;
  @Column({ type: 'date' }) dateOfBirth: string;
  @Column({ type: 'text', nullable: true }) placeOfBirth: string | null;
  /** Where the person fled or was driven from (mesto porekla). */
  @Column() placeOfOrigin: string;
  /** Where the person lives in the municipality. */
  @Column() address: string;
  /** Names, places, address and document numbers, folded (see registerSearchText); never identifiers. */
  @Column() searchText: string;
  /** The place of origin, folded, for its own filter. */
  @Column() originSearch: string;
  @Column({ type: 'timestamptz' }) createdAt: Date;
  @Column({ type: 'timestamptz' }) updatedAt: Date;
}
