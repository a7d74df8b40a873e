import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../../shared/response-dto.js';
import { PermissionDto } from './role.dto.js';

/** What every administered record carries: when it was made and changed, and its version for optimistic locking. */
class Versioned {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
  @ApiProperty({ description: 'Send it back on update: a stale version is refused (409)' }) version!: number;
}

export class OrgUnitDto extends Versioned {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parentId!: string | null;
  @ApiProperty() active!: boolean;
}
export class OrgUnitPageDto extends PageOf(OrgUnitDto) {}

export class UserDto extends Versioned {
  @ApiProperty() username!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
  @ApiProperty({ description: 'A BCP 47 tag, one of the UI languages' }) locale!: string;
  @ApiProperty() disabled!: boolean;
}
export class UserPageDto extends PageOf(UserDto) {}

/** A position the user holds, as the user's page lists it. */
export class HeldPositionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'uuid' }) orgUnitId!: string;
  @ApiProperty() orgUnitCode!: string;
  @ApiProperty() active!: boolean;
}

export class UserDetailDto extends UserDto {
  @ApiProperty({ type: [HeldPositionDto] }) positions!: HeldPositionDto[];
}

export class RoleRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
}

export class PositionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'uuid' }) orgUnitId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The holder; a vacant post has none' }) userId!: string | null;
  @ApiProperty() active!: boolean;
  @ApiProperty() version!: number;
  @ApiProperty({ type: [RoleRefDto] }) roles!: RoleRefDto[];
}
export class PositionPageDto extends PageOf(PositionDto) {}

export class RoleDto extends Versioned {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ type: [PermissionDto] }) permissions!: PermissionDto[];
  @ApiProperty({ description: 'Built-in: defined in code, read-only through the API' }) system!: boolean;
}
export class RolePageDto extends PageOf(RoleDto) {}
