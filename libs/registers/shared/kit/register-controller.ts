import { Get, Header, Headers, Inject, Param, ParseUUIDPipe, Query, type Type } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal } from '../../../access/access.decorators.js';
import type { Subject } from '../../../access/permissions.js';
import type { Principal } from '../../../access/principal.js';
import { documentLocale } from '../../../documents/labels.js';
import { ApiFileResponse } from '../../../shared/response-dto.js';
import { RegisterExportQueryDto, RegisterListQueryDto } from '../register.dto.js';
import type { RegisterDeclaration } from './register-declaration.js';
import type { RegisterQueries } from './register-queries.js';
import { RegisterHistoryItemDto } from './register-responses.dto.js';

/**
 * The routes every register serves under /api/registers/<name>, from its declaration: the list,
 * the CSV and printed lists, one entry and its history, each with its permission and its response
 * DTO. A register's controller extends it with its own routes (create, change, its actions):
 *
 *   @Controller('registers/work-books')
 *   export class WorkBooksController extends RegisterController(WORK_BOOKS, WorkBookQueries) { … }
 *
 * Its own routes are matched before these (Nest reads a subclass's routes first), so a register may
 * add `GET hearings` beside `GET :id`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function RegisterController<Q extends RegisterQueries<any, any, any, any>>(register: RegisterDeclaration<any, any, any, any>, queries: Type<Q>) {
  const subject = register.subject as Subject;

  @ApiTags('registers')
  @ApiBearerAuth()
  abstract class RegisterRoutes {
    @Inject(queries) protected readonly queries!: Q;

    /** The entries, searched (`q`), filtered and paged. */
    @Get()
    @Allow('read', subject)
    @ApiOkResponse({ type: register.dto.page })
    list(@CurrentPrincipal() principal: Principal, @Query() query: RegisterListQueryDto) {
      return this.queries.list(principal, query);
    }

    /** The list's entries (same filters, no paging) as CSV; identifiers for those who may read them. */
    @Get('export.csv')
    @Allow('export', subject)
    @ApiFileResponse('text/csv')
    @Header('Cache-Control', 'no-store')
    exportCsv(@CurrentPrincipal() principal: Principal, @Query() query: RegisterExportQueryDto, @Headers('accept-language') acceptLanguage?: string) {
      return this.queries.csv(principal, query, documentLocale(query.lang, acceptLanguage));
    }

    /** The list's entries printed (landscape A4, paginated), without identifiers. */
    @Get('list.pdf')
    @Allow('export', subject)
    @ApiFileResponse('application/pdf')
    @Header('Cache-Control', 'no-store')
    listPdf(@CurrentPrincipal() principal: Principal, @Query() query: RegisterExportQueryDto, @Headers('accept-language') acceptLanguage?: string) {
      return this.queries.printedList(principal, query, documentLocale(query.lang, acceptLanguage));
    }

    @Get(':id')
    @Allow('read', subject)
    @ApiOkResponse({ type: register.dto.view })
    detail(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string) {
      return this.queries.detail(principal, id);
    }

    /** Every change of the entry: who, when, in which case, before and after. */
    @Get(':id/history')
    @Allow('read', subject)
    @ApiOkResponse({ type: RegisterHistoryItemDto, isArray: true })
    history(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string) {
      return this.queries.history(principal, id);
    }
  }

  // The query DTOs are the register's own (its filters beside `q` and `caseId`): validation and the
  // OpenAPI document read a parameter's type from this metadata, which a generic class cannot emit.
  Reflect.defineMetadata('design:paramtypes', [Object, register.dto.listQuery], RegisterRoutes.prototype, 'list');
  for (const method of ['exportCsv', 'listPdf']) Reflect.defineMetadata('design:paramtypes', [Object, register.dto.exportQuery, String], RegisterRoutes.prototype, method);
  return RegisterRoutes;
}
