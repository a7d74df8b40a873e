import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { WorkBookRepository } from './work-book.repository.js';
import { RegistersSharedModule } from '../shared/index.js';
import { WorkBook, WorkBookMovement } from './work-book.entity.js';
import { WorkBookQueries } from './work-books.register.js';
import { WorkBooksController } from './work-books.controller.js';
import { WorkBooksService } from './work-books.service.js';

/** The work books register (radne knjižice). */
@Module({
  imports: [TypeOrmModule.forFeature([WorkBook, WorkBookMovement]), RegistersSharedModule],
  controllers: [WorkBooksController],
  providers: [WorkBooksService, WorkBookQueries, WorkBookRepository],
})
export class WorkBooksModule {}
