import { Module } from '@nestjs/common';

/** The displaced persons register. */
@Module({})
export class DisplacedPersonsModule {}
