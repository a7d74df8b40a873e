import { applyDecorators, Controller, Get, Logger, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { Allow, CurrentPrincipal } from '../access/access.decorators.js';
import type { Principal } from '../access/principal.js';
import { AttachmentsService, type OpenedContent } from './attachments.service.js';
import { CaseAttachmentsQueryDto, ContentQueryDto, UploadAttachmentForm, VersionQueryDto } from './dto/attachment.dto.js';
import { contentDisposition } from './filename.js';
import { HoldBackVerifier, IntegrityError, VERIFY_BEFORE_SENDING_BYTES } from './verified-download.js';

/** OpenAPI for a multipart upload (the body is not parsed by Nest, so it is described by hand). */
const MultipartUpload = () => applyDecorators(ApiConsumes('multipart/form-data'), ApiBody({ type: UploadAttachmentForm }));

/**
 * Attachments (prilozi): uploads are streamed (the request body is handed to the service as it
 * arrives, never parsed into memory); downloads are checked against the SHA-256 recorded at upload.
 */
@ApiTags('attachments')
@ApiBearerAuth()
@Controller()
export class AttachmentsController {
  private readonly logger = new Logger(AttachmentsController.name);

  constructor(private readonly attachments: AttachmentsService) {}

  @Post('cases/:id/attachments')
  @Allow('create', 'Attachment')
  @MultipartUpload()
  upload(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) caseId: string, @Req() request: Request) {
    return this.attachments.upload(principal, caseId, null, request);
  }

  @Post('cases/:id/documents/:actId/attachments')
  @Allow('create', 'Attachment')
  @MultipartUpload()
  uploadToAct(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) caseId: string,
    @Param('actId', ParseUUIDPipe) actId: string,
    @Req() request: Request,
  ) {
    return this.attachments.upload(principal, caseId, actId, request);
  }

  @Get('cases/:id/attachments')
  @Allow('read', 'Attachment')
  list(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) caseId: string, @Query() query: CaseAttachmentsQueryDto) {
    return this.attachments.listForCase(principal, caseId, query);
  }

  @Get('attachments/:id')
  @Allow('read', 'Attachment')
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.attachments.detail(principal, id);
  }

  @Post('attachments/:id/versions')
  @Allow('create', 'Attachment')
  @MultipartUpload()
  addVersion(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Req() request: Request) {
    return this.attachments.addVersion(principal, id, request);
  }

  /**
   * The exact bytes of the current (or `version`) file. Up to 1 MiB it is verified before sending,
   * and a mismatch is answered 500 ATTACHMENT_CORRUPTED; a larger file is verified while it streams
   * and, on a mismatch, the connection is cut before the last chunk (see HoldBackVerifier).
   */
  @Get('attachments/:id/content')
  @Allow('read', 'Attachment')
  @ApiProduces('application/octet-stream')
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
  link(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Query() query: VersionQueryDto) {
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
