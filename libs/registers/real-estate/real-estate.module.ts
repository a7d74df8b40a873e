import { Module } from '@nestjs/common';

/** The real estate register. */
@Module({})
export class RealEstateModule {}
