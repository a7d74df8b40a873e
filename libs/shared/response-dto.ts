import { applyDecorators, type Type } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiProperty } from '@nestjs/swagger';

/**
 * The API's list shape for one item DTO, as a class the OpenAPI document can describe:
 * `class CasePageDto extends PageOf(CaseListItemDto) {}`. One class per item type, named by the caller,
 * so the generated web types read `CasePageDto` rather than an anonymous shape.
 */
export function PageOf<T>(item: Type<T>) {
  class PageDto {
    @ApiProperty({ type: () => item, isArray: true })
    items!: T[];

    @ApiProperty({ description: 'Rows matching the query, over all pages' })
    total!: number;

    @ApiProperty({ minimum: 1 })
    page!: number;

    @ApiProperty({ minimum: 1 })
    pageSize!: number;
  }
  return PageDto;
}

/** A route that answers with a file (PDF, CSV, a scan) rather than JSON. */
export function ApiFileResponse(...mediaTypes: string[]) {
  return applyDecorators(
    ApiProduces(...mediaTypes),
    ApiOkResponse({ description: 'The file', content: Object.fromEntries(mediaTypes.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])) }),
  );
}
