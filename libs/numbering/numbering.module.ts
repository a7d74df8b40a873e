import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NumberingBook } from './numbering-book.entity.js';
import { NumberingBooksController } from './numbering-books.controller.js';
import { NumberingBooksService } from './numbering-books.service.js';
import { NumberingService } from './numbering.service.js';
import { NumberingRepository } from './numbering.repository.js';

/** Numbering books (delovodnik) and their gapless serial counters. */
@Module({
  imports: [TypeOrmModule.forFeature([NumberingBook])],
  controllers: [NumberingBooksController],
  providers: [NumberingService, NumberingBooksService, NumberingRepository],
  exports: [NumberingService],
})
export class NumberingModule {}
