import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ACTIONS, SUBJECTS, type Action, type Subject } from '../../access/permissions.js';

export class MeOrgUnitDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
}

export class MeRoleDto {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
}

export class MePositionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: MeOrgUnitDto }) orgUnit!: MeOrgUnitDto;
  @ApiProperty({ type: [MeRoleDto] }) roles!: MeRoleDto[];
}

/** One rule of the caller's ability, as CASL holds it: the web app asks it what to show. */
export class AbilityRuleDto {
  @ApiProperty({ enum: ACTIONS, enumName: 'Action' }) action!: Action;
  @ApiProperty({ enum: SUBJECTS, enumName: 'Subject' }) subject!: Subject;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: "Conditions on the record's fields (MongoDB query)" })
  conditions?: Record<string, unknown>;
}

/** The signed-in user: positions and effective permissions. */
export class MeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty() locale!: string;
  @ApiProperty({ type: [MePositionDto] }) positions!: MePositionDto[];
  @ApiProperty({ type: [AbilityRuleDto] }) permissions!: AbilityRuleDto[];
}

export class TokensDto {
  @ApiProperty() accessToken!: string;
  @ApiProperty() refreshToken!: string;
  @ApiProperty({ enum: ['Bearer'] }) tokenType!: 'Bearer';
  @ApiProperty({ description: 'Seconds the access token is valid for' }) expiresIn!: number;
}

export class LoginAnswerDto extends TokensDto {
  @ApiProperty({ type: MeDto }) user!: MeDto;
}
