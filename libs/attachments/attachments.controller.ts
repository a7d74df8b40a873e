import { applyDecorators, Body, Controller, Get, Headers, Logger, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { Allow, CurrentPrincipal } from '../access/access.decorators.js';
import type { Principal } from '../access/principal.js';
import { NoRequestTransaction } from '../database/no-request-transaction.decorator.js';
import { DocumentQueryDto } from '../documents/dto/document-query.dto.js';
import { documentLocale } from '../documents/labels.js';
import { AttachmentsService, type OpenedContent } from './attachments.service.js';
import { CaseAttachmentsQueryDto, ContentQueryDto, StampAttachmentDto, UploadAttachmentForm, UploadQueryDto, VersionQueryDto } from './dto/attachment.dto.js';
import { contentDisposition } from './filename.js';
import { ReceptionStamps } from './reception-stamp.service.js';
import { HoldBackVerifier, IntegrityError, VERIFY_BEFORE_SENDING_BYTES } from './verified-download.js';
import { AttachmentDto, AttachmentLinkDto, AttachmentPageDto, UploadedAttachmentDto } from './dto/attachment.response.js';
import { ApiFileResponse } from '../shared/response-dto.js';

/**
 * A streamed upload: described for OpenAPI by hand (Nest does not parse the body), and run without
 * the per-request transaction, which would otherwise stay open while the body arrives.
 */
const MultipartUpload = () => applyDecorators(ApiConsumes('multipart/form-data'), ApiBody({ type: UploadAttachmentForm }), NoRequestTransaction());

/**
 * Attachments (prilozi): uploads are streamed (the request body is handed to the service as it
 * arrives, never parsed into memory); downloads are checked against the SHA-256 recorded at upload.
 */
@ApiTags('attachments')
@ApiBearerAuth()
@Controller()
export class AttachmentsController {
  private readonly logger = new Logger(AttachmentsController.name);

  constructor(
    private readonly attachments: AttachmentsService,
    private readonly stamps: ReceptionStamps,
  ) {}

  /** `?stamp=true`: a scanned PDF also gets the reception stamp, as version 2. */
  @Post('cases/:id/attachments')
  @Allow('create', 'Attachment')
  @MultipartUpload()
  @ApiCreatedResponse({ type: UploadedAttachmentDto })
  upload(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) caseId: string,
    @Query() query: UploadQueryDto,
    @Req() request: Request,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<UploadedAttachmentDto> {
    return query.stamp
      ? this.stamps.uploadStamped(principal, caseId, null, request, documentLocale(query.lang, acceptLanguage))
      : this.attachments.upload(principal, caseId, null, request);
  }

  @Post('cases/:id/documents/:actId/attachments')
  @Allow('create', 'Attachment')
  @MultipartUpload()
  @ApiCreatedResponse({ type: UploadedAttachmentDto })
  uploadToAct(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) caseId: string,
    @Param('actId', ParseUUIDPipe) actId: string,
    @Query() query: UploadQueryDto,
    @Req() request: Request,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<UploadedAttachmentDto> {
    return query.stamp
      ? this.stamps.uploadStamped(principal, caseId, actId, request, documentLocale(query.lang, acceptLanguage))
      : this.attachments.upload(principal, caseId, actId, request);
  }

  @Get('cases/:id/attachments')
  @Allow('read', 'Attachment')
  @ApiOkResponse({ type: AttachmentPageDto })
  list(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) caseId: string, @Query() query: CaseAttachmentsQueryDto) {
    return this.attachments.listForCase(principal, caseId, query);
  }

  @Get('attachments/:id')
  @Allow('read', 'Attachment')
  @ApiOkResponse({ type: AttachmentDto })
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<AttachmentDto> {
    return this.attachments.detail(principal, id);
  }

  @Post('attachments/:id/versions')
  @Allow('create', 'Attachment')
  @MultipartUpload()
  @ApiCreatedResponse({ type: AttachmentDto })
  addVersion(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Req() request: Request): Promise<AttachmentDto> {
    return this.attachments.addVersion(principal, id, request);
  }

  /**
   * The reception stamp (prijemni štambilj) drawn on the first page of the current version, a
   * scanned PDF, kept as a new version; the language of the stamp from `?lang=` or Accept-Language.
   */
  @Post('attachments/:id/stamp')
  @Allow('create', 'Attachment')
  @NoRequestTransaction()
  @ApiCreatedResponse({ type: AttachmentDto })
  stamp(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: StampAttachmentDto,
    @Query() query: DocumentQueryDto,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<AttachmentDto> {
    return this.stamps.stamp(principal, id, body.version, documentLocale(query.lang, acceptLanguage));
  }

  /**
   * The exact bytes of the current (or `version`) file. Up to 1 MiB it is verified before sending,
   * and a mismatch is answered 500 ATTACHMENT_CORRUPTED; a larger file is verified while it streams
   * and, on a mismatch, the connection is cut before the last chunk (see HoldBackVerifier).
   */
  @Get('attachments/:id/content')
  @Allow('read', 'Attachment')
  @ApiFileResponse('application/octet-stream')
  async content(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Query() query: ContentQueryDto, @Res() response: Response) {
    const content = await this.attachments.openContent(principal, id, query.version);
    const { version } = content;
    response.set({
      'Content-Type': version.contentType,
      'Content-Disposition': contentDisposition(version.filename, query.disposition),
      // RFC 9530: the client can check the bytes too.
      'Repr-Digest': `sha-256=:${Buffer.from(version.sha256, 'hex').toString('base64')}:`,
      ETag: `"${version.sha256}"`,
      'Cache-Control': 'private, no-cache',
    });
    if (version.size <= VERIFY_BEFORE_SENDING_BYTES) {
      response.end(await this.attachments.readVerified(content));
      return;
    }
    response.set('Content-Length', String(version.size));
    await this.stream(content, response);
  }

  /** A link straight to storage, valid for a few minutes (see LINK_SECONDS). */
  @Get('attachments/:id/link')
  @Allow('read', 'Attachment')
  @ApiOkResponse({ type: AttachmentLinkDto })
  link(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Query() query: VersionQueryDto): Promise<AttachmentLinkDto> {
    return this.attachments.link(principal, id, query.version);
  }

  private async stream(content: OpenedContent, response: Response): Promise<void> {
    try {
      await pipeline(content.body, new HoldBackVerifier(content.version), response);
    } catch (error) {
      // The headers are out: the only way left to say "broken" is to end short of Content-Length.
      response.destroy();
      if (error instanceof IntegrityError) await this.attachments.reportIntegrityFailure(content.version, error.failure);
      else this.logger.warn({ err: (error as Error).message, attachmentId: content.attachmentId }, 'download ended early');
    }
  }
}
