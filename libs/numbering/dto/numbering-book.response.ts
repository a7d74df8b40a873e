import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../../shared/response-dto.js';
import { COUNTER_SCOPES, type CounterScope } from '../case-number-template.js';

export class NumberingBookDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: '{class}-{serial}/{year}' }) template!: string;
  @ApiProperty({ enum: COUNTER_SCOPES, enumName: 'CounterScope' }) counterScope!: CounterScope;
  @ApiProperty() isDefault!: boolean;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
  @ApiProperty() version!: number;
}
export class NumberingBookPageDto extends PageOf(NumberingBookDto) {}

/** A ready-made number format with an example number. */
export class NumberFormatDto {
  @ApiProperty() country!: string;
  @ApiProperty() template!: string;
  @ApiProperty({ enum: COUNTER_SCOPES, enumName: 'CounterScope' }) scope!: CounterScope;
  @ApiProperty() description!: string;
  @ApiProperty() example!: string;
}

export class NumberFormatListDto {
  @ApiProperty({ type: [NumberFormatDto] }) items!: NumberFormatDto[];
}

/** What a template would give: `valid` with an example, or the problems that make it unusable. */
export class NumberTemplatePreviewDto {
  @ApiProperty() valid!: boolean;
  @ApiProperty({ type: [String] }) problems!: string[];
  @ApiProperty({ type: String, nullable: true }) example!: string | null;
}
