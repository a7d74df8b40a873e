import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal } from '../access/access.decorators.js';
import type { Principal } from '../access/principal.js';
import { MailReceiptDto, OutgoingMailQueryDto, SendMailDto } from './dto/outgoing-mail.dto.js';
import { OutgoingMailService } from './outgoing-mail.service.js';
import { OutgoingMailDto, OutgoingMailPageDto } from './dto/books.response.js';

/** The outgoing mail book (knjiga za otpremu pošte): read by everyone who works with cases, kept by the registry office. */
@ApiTags('books')
@ApiBearerAuth()
@Controller('outgoing-mail')
export class OutgoingMailController {
  constructor(private readonly mail: OutgoingMailService) {}

  @Get()
  @Allow('read', 'Case')
  @ApiOkResponse({ type: OutgoingMailPageDto })
  list(@CurrentPrincipal() principal: Principal, @Query() query: OutgoingMailQueryDto): Promise<OutgoingMailPageDto> {
    return this.mail.list(principal, query);
  }

  @Post(':id/send')
  @HttpCode(200)
  @Allow('register', 'Case')
  @ApiOkResponse({ type: OutgoingMailDto })
  send(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: SendMailDto): Promise<OutgoingMailDto> {
    return this.mail.send(principal, id, dto);
  }

  @Post(':id/receipt')
  @HttpCode(200)
  @Allow('register', 'Case')
  @ApiOkResponse({ type: OutgoingMailDto })
  recordReceipt(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: MailReceiptDto): Promise<OutgoingMailDto> {
    return this.mail.recordReceipt(principal, id, dto);
  }
}
