import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../access/access.decorators.js';
import { CreateNumberingBookDto, NumberingBookQueryDto, PreviewNumberTemplateDto, UpdateNumberingBookDto } from './dto/numbering-book.dto.js';
import { NumberingBooksService } from './numbering-books.service.js';
import { NumberFormatListDto, NumberingBookDto, NumberingBookPageDto, NumberTemplatePreviewDto } from './dto/numbering-book.response.js';

/** Numbering books: the administrator sets their templates; the registry office reads them to pick one. */
@ApiTags('administration')
@ApiBearerAuth()
@Controller('numbering-books')
export class NumberingBooksController {
  constructor(private readonly books: NumberingBooksService) {}

  @Get()
  @Allow('read', 'NumberingBook')
  @ApiOkResponse({ type: NumberingBookPageDto })
  list(@Query() query: NumberingBookQueryDto): Promise<NumberingBookPageDto> {
    return this.books.list(query);
  }

  /** Ready-made formats (Serbia, Bosnia and Herzegovina, Montenegro, ...) with an example number each. */
  @Get('formats')
  @Allow('read', 'NumberingBook')
  @ApiOkResponse({ type: NumberFormatListDto })
  formats(): NumberFormatListDto {
    return { items: this.books.formats() };
  }

  /** Tries a template out: `{ valid, problems, example }`, 200 even when the template is unusable. */
  @Post('preview')
  @HttpCode(200)
  @Allow('read', 'NumberingBook')
  @ApiOkResponse({ type: NumberTemplatePreviewDto })
  preview(@Body() dto: PreviewNumberTemplateDto): NumberTemplatePreviewDto {
    return this.books.preview(dto);
  }

  @Get(':id')
  @Allow('read', 'NumberingBook')
  @ApiOkResponse({ type: NumberingBookDto })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<NumberingBookDto> {
    return this.books.get(id);
  }

  @Post()
  @Allow('create', 'NumberingBook')
  @ApiCreatedResponse({ type: NumberingBookDto })
  create(@Body() dto: CreateNumberingBookDto): Promise<NumberingBookDto> {
    return this.books.create(dto);
  }

  @Patch(':id')
  @Allow('update', 'NumberingBook')
  @ApiOkResponse({ type: NumberingBookDto })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateNumberingBookDto): Promise<NumberingBookDto> {
    return this.books.update(id, dto);
  }
}
