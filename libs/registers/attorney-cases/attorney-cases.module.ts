import { Module } from '@nestjs/common';

/** The attorney cases register. */
@Module({})
export class AttorneyCasesModule {}
