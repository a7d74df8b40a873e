import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../../shared/response-dto.js';
import { DISPATCH_METHODS, type DispatchMethod, type OutgoingMailStatus } from '../outgoing-mail.entity.js';

export const MAIL_STATUSES: readonly OutgoingMailStatus[] = ['pending', 'sent', 'delivered', 'returned'];

export class PersonRefDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() username!: string;
  @ApiProperty() fullName!: string;
}

export class DeliverySenderDto extends PersonRefDto {
  @ApiProperty({ format: 'uuid' }) orgUnitId!: string;
  @ApiProperty() orgUnitCode!: string;
}

export class DeliveryReceiverDto {
  @ApiProperty({ format: 'uuid' }) orgUnitId!: string;
  @ApiProperty() orgUnitCode!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) userId!: string | null;
  @ApiProperty({ type: String, nullable: true }) username!: string | null;
  @ApiProperty({ type: String, nullable: true }) fullName!: string | null;
}

/** A line of the internal delivery book (dostavna knjiga). */
export class DeliveryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty() caseNumber!: string;
  @ApiProperty() subject!: string;
  @ApiProperty({ type: DeliverySenderDto }) from!: DeliverySenderDto;
  @ApiProperty({ type: DeliveryReceiverDto }) to!: DeliveryReceiverDto;
  @ApiProperty() handedAt!: Date;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ type: Date, nullable: true }) confirmedAt!: Date | null;
  @ApiProperty({ type: PersonRefDto, nullable: true }) confirmedBy!: PersonRefDto | null;
  @ApiProperty({ type: Date, nullable: true, description: 'A later hand-over replaced this one before it was confirmed' }) supersededAt!: Date | null;
}
export class DeliveryPageDto extends PageOf(DeliveryDto) {}

/** A line of the outgoing mail book (knjiga za otpremu pošte). */
export class OutgoingMailDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty() caseNumber!: string;
  @ApiProperty({ format: 'uuid' }) actId!: string;
  @ApiProperty() actNumber!: string;
  @ApiProperty() actSubject!: string;
  @ApiProperty() recipientName!: string;
  @ApiProperty({ type: String, nullable: true }) recipientAddress!: string | null;
  @ApiProperty({ enum: DISPATCH_METHODS, enumName: 'DispatchMethod' }) method!: DispatchMethod;
  @ApiProperty({ enum: MAIL_STATUSES, enumName: 'MailStatus' }) status!: OutgoingMailStatus;
  @ApiProperty({ type: String, format: 'date', nullable: true }) sentOn!: string | null;
  @ApiProperty({ type: PersonRefDto, nullable: true }) sentBy!: PersonRefDto | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) deliveredOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) receiptNote!: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() version!: number;
}
export class OutgoingMailPageDto extends PageOf(OutgoingMailDto) {}
