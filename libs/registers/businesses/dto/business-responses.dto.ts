import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../../../shared/response-dto.js';
import { RegisterLinksDto } from '../../shared/index.js';
import { BUSINESS_STATUSES, type BusinessStatus } from '../business-status.js';

/** The owner; `personalId` is null for those who may not read it. */
export class BusinessOwnerViewDto {
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true, description: 'JMBG; null unless you may read personal data' }) personalId!: string | null;
}

/** What the register says of a shop and where it stands today: a row of the list. */
export class BusinessListItemDto extends RegisterLinksDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ description: 'Matični broj, eight digits' }) registrationNumber!: string;
  @ApiProperty() tradeName!: string;
  @ApiProperty({ type: BusinessOwnerViewDto }) owner!: BusinessOwnerViewDto;
  @ApiProperty({ example: '47.11' }) activityCode!: string;
  @ApiProperty() address!: string;
  @ApiProperty({ format: 'date' }) startedOn!: string;
  @ApiProperty({ enum: BUSINESS_STATUSES, nullable: true, description: 'The status today' }) status!: BusinessStatus | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) statusSince!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The removal, when one is recorded (it may lie ahead)' }) removedOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) removalReason!: string | null;
}

export class BusinessPageDto extends PageOf(BusinessListItemDto) {}

/** Days the shop spent in one status, with the case that began them. */
export class BusinessStatusPeriodDto {
  @ApiProperty({ enum: BUSINESS_STATUSES }) status!: BusinessStatus;
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Included; null: open-ended' }) to!: string | null;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ type: String, nullable: true }) caseNumber!: string | null;
}

/** One shop: what the register says, today's standing, its status periods and cases. */
export class BusinessDto extends BusinessListItemDto {
  @ApiProperty({ type: BusinessStatusPeriodDto, isArray: true }) statusPeriods!: BusinessStatusPeriodDto[];
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ format: 'date-time' }) updatedAt!: Date;
}
