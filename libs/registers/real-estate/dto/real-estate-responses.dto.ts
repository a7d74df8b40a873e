import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../../../shared/response-dto.js';
import { RegisterLinksDto } from '../../shared/index.js';
import { ENCUMBRANCE_KINDS, PROPERTY_KINDS, STATUSES, type EncumbranceKind, type PropertyKind, type PropertyStatus } from '../real-estate-rules.js';

/** An amount in minor units (para): exact integers, never a float of dinars. */
export class RealEstateMoneyDto {
  @ApiProperty({ example: 1250000000, description: 'Minor units (para)' }) amountMinor!: number;
  @ApiProperty({ example: 'RSD' }) currency!: string;
}

export class RealEstateShareDto {
  @ApiProperty() numerator!: number;
  @ApiProperty() denominator!: number;
}

/** The lessee; `personalId` is null for those who may not read it (and for companies). */
export class LesseeViewDto {
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true, description: 'JMBG of a person; null unless you may read personal data' }) personalId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Matični broj of a company or entrepreneur' }) registrationNumber!: string | null;
}

/** A lease as entered, and its end when one is recorded. */
export class LeaseViewDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: LesseeViewDto }) lessee!: LesseeViewDto;
  @ApiProperty({ type: String, nullable: true }) contractNumber!: string | null;
  @ApiProperty({ format: 'date' }) termFrom!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Last day of the term; null: without a fixed term' }) termTo!: string | null;
  @ApiProperty({ type: RealEstateMoneyDto }) monthlyRent!: RealEstateMoneyDto;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The last day in force of a lease ended' }) endedOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) endReason!: string | null;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) endedCaseId!: string | null;
}

/** An encumbrance as registered, and its removal when one is recorded. */
export class EncumbranceViewDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ENCUMBRANCE_KINDS }) kind!: EncumbranceKind;
  @ApiProperty({ description: 'In whose favour' }) inFavourOf!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ type: String, nullable: true }) reference!: string | null;
  @ApiProperty({ format: 'date' }) registeredOn!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) removedOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) removalReason!: string | null;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) removedCaseId!: string | null;
}

/** The property's own fields and where it stands today. */
class PropertyFieldsDto extends RegisterLinksDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ description: 'Katastarska opština' }) cadastralMunicipality!: string;
  @ApiProperty({ example: '1234/5' }) parcelNumber!: string;
  @ApiProperty({ type: Number, nullable: true }) buildingNumber!: number | null;
  @ApiProperty({ type: String, nullable: true }) unitNumber!: string | null;
  @ApiProperty({ type: String, nullable: true }) address!: string | null;
  @ApiProperty({ enum: PROPERTY_KINDS }) kind!: PropertyKind;
  @ApiProperty({ example: '54.37', description: 'm², two decimals, as text' }) area!: string;
  @ApiProperty({ type: RealEstateShareDto }) ownershipShare!: RealEstateShareDto;
  @ApiProperty({ description: 'Pravni osnov' }) legalBasis!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Korisnik' }) userName!: string | null;
  @ApiProperty({ type: RealEstateMoneyDto, nullable: true, description: 'Book value' }) value!: RealEstateMoneyDto | null;
  @ApiProperty({ enum: STATUSES, description: '`leased`: active with a lease in force today' }) status!: PropertyStatus;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The day an alienation, demolition or write-off took effect' }) statusDate!: string | null;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ description: 'A lease is in force today' }) leasedNow!: boolean;
  @ApiProperty({ description: 'An encumbrance is not removed' }) encumbered!: boolean;
}

/** A row of the list: the property, the lease in force today, the encumbrances not removed. */
export class PropertyListItemDto extends PropertyFieldsDto {
  @ApiProperty({ type: LeaseViewDto, nullable: true }) currentLease!: LeaseViewDto | null;
  @ApiProperty({ type: EncumbranceViewDto, isArray: true }) currentEncumbrances!: EncumbranceViewDto[];
}

export class RealEstatePageDto extends PageOf(PropertyListItemDto) {}

export class LeaseDetailDto extends LeaseViewDto {
  @ApiProperty() inForce!: boolean;
  @ApiProperty({ type: String, nullable: true }) caseNumber!: string | null;
  @ApiProperty({ type: String, nullable: true }) endedCaseNumber!: string | null;
}

export class EncumbranceDetailDto extends EncumbranceViewDto {
  @ApiProperty({ description: 'Not removed' }) current!: boolean;
  @ApiProperty({ type: String, nullable: true }) caseNumber!: string | null;
  @ApiProperty({ type: String, nullable: true }) removedCaseNumber!: string | null;
}

/** One property: its fields, every lease and encumbrance with their cases. */
export class PropertyDto extends PropertyFieldsDto {
  @ApiProperty({ type: LeaseDetailDto, isArray: true }) leases!: LeaseDetailDto[];
  @ApiProperty({ type: EncumbranceDetailDto, isArray: true }) encumbrances!: EncumbranceDetailDto[];
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ format: 'date-time' }) updatedAt!: Date;
}
