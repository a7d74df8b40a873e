import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../../../shared/response-dto.js';
import { RegisterLinksDto } from '../../shared/index.js';
import { MOVEMENT_KINDS, RECIPIENT_KINDS, DUPLICATE_REASONS, WORK_BOOK_STATUSES, type DuplicateReason, type MovementKind, type RecipientKind, type WorkBookStatus } from '../work-book.entity.js';

/** The holder as the book states them; `personalId` is null for those who may not read it. */
export class HolderViewDto {
  @ApiProperty() name!: string;
  @ApiProperty() parentName!: string;
  @ApiProperty({ type: String, nullable: true, description: 'JMBG; null unless you may read personal data' }) personalId!: string | null;
  @ApiProperty({ format: 'date' }) dateOfBirth!: string;
  @ApiProperty() placeOfBirth!: string;
}

/** What the book says and where it stands: a row of the list. */
export class WorkBookListItemDto extends RegisterLinksDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() version!: number;
  @ApiProperty() series!: string;
  @ApiProperty() number!: string;
  @ApiProperty({ format: 'date' }) issuedOn!: string;
  @ApiProperty({ type: HolderViewDto }) holder!: HolderViewDto;
  @ApiProperty({ enum: WORK_BOOK_STATUSES }) status!: WorkBookStatus;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The book this duplicate replaces' }) replacesId!: string | null;
  @ApiProperty({ enum: DUPLICATE_REASONS, nullable: true }) duplicateReason!: DuplicateReason | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The duplicate that replaced this book' }) replacedById!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) returnedOn!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) cancelledOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) cancellationReason!: string | null;
}

export class WorkBookPageDto extends PageOf(WorkBookListItemDto) {}

/** Another book named by this one. */
export class WorkBookRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() series!: string;
  @ApiProperty() number!: string;
  @ApiProperty({ format: 'date' }) issuedOn!: string;
}

/** A hand-over or return, with the case it was decided in. */
export class WorkBookMovementDto {
  @ApiProperty({ enum: MOVEMENT_KINDS }) kind!: MovementKind;
  @ApiProperty({ format: 'date' }) on!: string;
  @ApiProperty({ enum: RECIPIENT_KINDS }) to!: RecipientKind;
  @ApiProperty() recipientName!: string;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ type: String, nullable: true }) caseNumber!: string | null;
  @ApiProperty({ format: 'date-time' }) recordedAt!: Date;
}

/** One book: what it says, the books it replaces or is replaced by, its hand-overs and returns, its cases. */
export class WorkBookDto extends WorkBookListItemDto {
  @ApiProperty({ type: WorkBookRefDto, nullable: true }) replaces!: WorkBookRefDto | null;
  @ApiProperty({ type: WorkBookRefDto, nullable: true }) replacedBy!: WorkBookRefDto | null;
  @ApiProperty({ type: WorkBookMovementDto, isArray: true }) movements!: WorkBookMovementDto[];
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ format: 'date-time' }) updatedAt!: Date;
}
