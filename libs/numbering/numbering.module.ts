import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NumberingBook } from './numbering-book.entity.js';
import { NumberingService } from './numbering.service.js';

/** Numbering books (delovodnik) and their gapless serial counters. */
@Module({
  imports: [TypeOrmModule.forFeature([NumberingBook])],
  providers: [NumberingService],
  exports: [NumberingService],
})
export class NumberingModule {}
