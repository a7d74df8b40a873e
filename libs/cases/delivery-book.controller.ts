import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal } from '../access/access.decorators.js';
import type { Principal } from '../access/principal.js';
import { ConfirmDeliveryDto, DeliveryQueryDto } from './dto/delivery.dto.js';
import { DeliveryBookService } from './delivery-book.service.js';
import { DeliveryDto, DeliveryPageDto } from './dto/books.response.js';

/**
 * The internal delivery book (dostavna knjiga). Everyone who works with cases reads it; who may
 * confirm a particular hand-over (its receiver) is decided by the service on that record.
 */
@ApiTags('books')
@ApiBearerAuth()
@Controller('deliveries')
export class DeliveryBookController {
  constructor(private readonly deliveries: DeliveryBookService) {}

  @Get()
  @Allow('read', 'Case')
  @ApiOkResponse({ type: DeliveryPageDto })
  list(@CurrentPrincipal() principal: Principal, @Query() query: DeliveryQueryDto): Promise<DeliveryPageDto> {
    return this.deliveries.list(principal, query);
  }

  @Post(':id/confirm')
  @HttpCode(200)
  @Allow('read', 'Case')
  @ApiOkResponse({ type: DeliveryDto })
  confirm(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ConfirmDeliveryDto): Promise<DeliveryDto> {
    return this.deliveries.confirm(principal, id, dto);
  }
}
