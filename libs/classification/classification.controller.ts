import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../access/access.decorators.js';
import { CreateClassificationMarkDto, ClassificationQueryDto, UpdateClassificationMarkDto } from './dto/classification-mark.dto.js';
import { ClassificationService } from './classification.service.js';
import { ClassificationMarkDto, ClassificationMarkPageDto } from './dto/classification-mark.response.js';

@ApiTags('administration')
@ApiBearerAuth()
@Controller('classification-marks')
export class ClassificationController {
  constructor(private readonly marks: ClassificationService) {}

  @Get()
  @Allow('read', 'ClassificationMark')
  @ApiOkResponse({ type: ClassificationMarkPageDto })
  list(@Query() query: ClassificationQueryDto): Promise<ClassificationMarkPageDto> {
    return this.marks.list(query);
  }

  @Get(':id')
  @Allow('read', 'ClassificationMark')
  @ApiOkResponse({ type: ClassificationMarkDto })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<ClassificationMarkDto> {
    return this.marks.get(id);
  }

  @Post()
  @Allow('create', 'ClassificationMark')
  @ApiCreatedResponse({ type: ClassificationMarkDto })
  create(@Body() dto: CreateClassificationMarkDto): Promise<ClassificationMarkDto> {
    return this.marks.create(dto);
  }

  @Patch(':id')
  @Allow('update', 'ClassificationMark')
  @ApiOkResponse({ type: ClassificationMarkDto })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateClassificationMarkDto): Promise<ClassificationMarkDto> {
    return this.marks.update(id, dto);
  }
}
