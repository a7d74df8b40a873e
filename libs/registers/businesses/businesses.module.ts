import { Module } from '@nestjs/common';

/** The businesses register. */
@Module({})
export class BusinessesModule {}
