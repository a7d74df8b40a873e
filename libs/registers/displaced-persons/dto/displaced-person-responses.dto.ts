import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../../../shared/response-dto.js';
import { RegisterLinksDto } from '../../shared/index.js';
import {
  ASSISTANCE_KINDS,
  DISPLACEMENT_STATUSES,
  DOCUMENT_KINDS,
  FAMILY_RELATIONS,
  type AssistanceKind,
  type DisplacementStatus,
  type DocumentKind,
  type FamilyRelation,
} from '../displaced-person-terms.js';

/** What the list row and the entry both show of a person and their status. */
class DisplacedPersonBaseDto extends RegisterLinksDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() version!: number;
  @ApiProperty() firstName!: string;
  @ApiProperty() lastName!: string;
  @ApiProperty({ type: String, nullable: true, description: 'JMBG; null unless you may read personal data' }) personalId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Foreign document number; null unless you may read personal data' }) foreignId!: string | null;
  @ApiProperty({ format: 'date' }) dateOfBirth!: string;
  @ApiProperty() placeOfOrigin!: string;
  @ApiProperty() address!: string;
  @ApiProperty({ enum: DISPLACEMENT_STATUSES, description: 'Current status' }) status!: DisplacementStatus;
  @ApiProperty() legalBasis!: string;
  @ApiProperty({ format: 'date' }) statusSince!: string;
  @ApiProperty({ description: 'Holds a document valid today (Belgrade)' }) hasValidDocument!: boolean;
}

/** The document valid today that lasts longest. */
export class ValidDocumentDto {
  @ApiProperty({ enum: DOCUMENT_KINDS }) kind!: DocumentKind;
  @ApiProperty() number!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'null: valid without a term' }) validUntil!: string | null;
}

/** A person as the list shows them. */
export class DisplacedPersonListItemDto extends DisplacedPersonBaseDto {
  @ApiProperty({ type: ValidDocumentDto, nullable: true }) validDocument!: ValidDocumentDto | null;
}

export class DisplacedPersonPageDto extends PageOf(DisplacedPersonListItemDto) {}

/** Each status, document, link and assistance names the case it was decided in. */
class InCaseDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ type: String, nullable: true }) caseNumber!: string | null;
}

export class StatusPeriodDto extends InCaseDto {
  @ApiProperty({ enum: DISPLACEMENT_STATUSES }) status!: DisplacementStatus;
  @ApiProperty() legalBasis!: string;
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Last day; null for the current status' }) to!: string | null;
}

export class PersonDocumentDto extends InCaseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: DOCUMENT_KINDS }) kind!: DocumentKind;
  @ApiProperty() number!: string;
  @ApiProperty({ format: 'date' }) issuedOn!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) validUntil!: string | null;
  @ApiProperty({ type: String, nullable: true }) issuedBy!: string | null;
  @ApiProperty({ description: 'Valid today (Belgrade)' }) validNow!: boolean;
}

/** Another person of the register, and what they are to this one. */
export class FamilyMemberDto extends InCaseDto {
  @ApiProperty({ format: 'uuid' }) linkId!: string;
  @ApiProperty({ format: 'uuid' }) personId!: string;
  @ApiProperty() firstName!: string;
  @ApiProperty() lastName!: string;
  @ApiProperty({ format: 'date' }) dateOfBirth!: string;
  @ApiProperty({ enum: FAMILY_RELATIONS }) relation!: FamilyRelation;
}

export class AssistanceDto extends InCaseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ASSISTANCE_KINDS }) kind!: AssistanceKind;
  @ApiProperty({ type: Number, nullable: true, description: 'Minor units of `currency`; null for assistance in kind' }) amount!: number | null;
  @ApiProperty({ type: String, nullable: true }) currency!: string | null;
  @ApiProperty({ format: 'date' }) providedOn!: string;
  @ApiProperty() providedBy!: string;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
}

/** One person: their data, status history, documents, family and assistance, with the case of each. */
export class DisplacedPersonDto extends DisplacedPersonBaseDto {
  @ApiProperty({ type: String, nullable: true }) placeOfBirth!: string | null;
  @ApiProperty({ type: StatusPeriodDto, isArray: true }) statusHistory!: StatusPeriodDto[];
  @ApiProperty({ type: PersonDocumentDto, isArray: true }) documents!: PersonDocumentDto[];
  @ApiProperty({ type: FamilyMemberDto, isArray: true }) familyMembers!: FamilyMemberDto[];
  @ApiProperty({ type: AssistanceDto, isArray: true }) assistance!: AssistanceDto[];
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ format: 'date-time' }) updatedAt!: Date;
}
