import { Body, Controller, Get, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { CurrentPrincipal, Public, SignedIn } from '../access/access.decorators.js';
import type { Principal } from '../access/principal.js';
import type { User } from '../org/user.entity.js';
import { unauthorized } from '../shared/errors.js';
import { AuthService } from './auth.service.js';
import { LocalAuthGuard } from './auth.guards.js';
import { LoginDto, RefreshDto } from './dto/auth.dto.js';
import { describePrincipal } from './me.js';
import { PrincipalService } from './principal.service.js';
import { LoginAnswerDto, MeDto, TokensDto } from './dto/auth.response.js';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly principals: PrincipalService,
  ) {}

  @Post('auth/login')
  @HttpCode(200)
  @Public()
  @UseGuards(LocalAuthGuard)
  @ApiBody({ type: LoginDto })
  @ApiOkResponse({ type: LoginAnswerDto })
  async login(@Req() request: Request) {
    const user = request.user as User;
    const tokens = await this.auth.issueTokens(user);
    const principal = await this.principals.load(user.id);
    if (!principal) throw unauthorized('INVALID_CREDENTIALS');
    return { ...tokens, user: describePrincipal(principal) };
  }

  @Post('auth/refresh')
  @HttpCode(200)
  @Public()
  @ApiOkResponse({ type: TokensDto })
  refresh(@Body() body: RefreshDto): Promise<TokensDto> {
    return this.auth.refresh(body.refreshToken);
  }

  @Post('auth/logout')
  @HttpCode(204)
  @Public()
  @ApiNoContentResponse()
  async logout(@Body() body: RefreshDto): Promise<void> {
    await this.auth.logout(body.refreshToken);
  }

  @Get('me')
  @SignedIn()
  @ApiBearerAuth()
  @ApiOkResponse({ type: MeDto })
  me(@CurrentPrincipal() principal: Principal) {
    return describePrincipal(principal);
  }
}
