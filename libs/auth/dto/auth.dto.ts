import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'registry' }) @IsString() @IsNotEmpty() @MaxLength(256) username: string;
  @ApiProperty({ example: 'demo' }) @IsString() @IsNotEmpty() @MaxLength(256) password: string;
}

export class RefreshDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(512) refreshToken: string;
}
