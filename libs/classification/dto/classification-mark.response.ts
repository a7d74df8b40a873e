import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../../shared/response-dto.js';

export class ClassificationMarkDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: Number, nullable: true, description: 'Retention in years; null when permanent' }) retentionYears!: number | null;
  @ApiProperty() permanent!: boolean;
  @ApiProperty() validFromYear!: number;
  @ApiProperty({ type: Number, nullable: true }) validToYear!: number | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
  @ApiProperty() version!: number;
}
export class ClassificationMarkPageDto extends PageOf(ClassificationMarkDto) {}
