import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow } from '../access/access.decorators.js';
import { CreateClassificationMarkDto, ClassificationQueryDto, UpdateClassificationMarkDto } from './dto/classification-mark.dto.js';
import { ClassificationService } from './classification.service.js';

@ApiTags('administration')
@ApiBearerAuth()
@Controller('classification-marks')
export class ClassificationController {
  constructor(private readonly marks: ClassificationService) {}

  @Get()
  @Allow('read', 'ClassificationMark')
  list(@Query() query: ClassificationQueryDto) {
    return this.marks.list(query);
  }

  @Get(':id')
  @Allow('read', 'ClassificationMark')
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.marks.get(id);
  }

  @Post()
  @Allow('create', 'ClassificationMark')
  create(@Body() dto: CreateClassificationMarkDto) {
    return this.marks.create(dto);
  }

  @Patch(':id')
  @Allow('update', 'ClassificationMark')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateClassificationMarkDto) {
    return this.marks.update(id, dto);
  }
}
