import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { Principal } from '../access/principal.js';
import { unauthorized } from '../shared/errors.js';
import { RUNTIME_SETTINGS, type RuntimeSettings } from '../runtime/index.js';
import { Clock } from '../shared/clock.js';
import { PrincipalService } from './principal.service.js';

export interface AccessTokenPayload {
  sub: string;
  username: string;
  typ: 'access';
}

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(RUNTIME_SETTINGS) settings: RuntimeSettings,
    private readonly principals: PrincipalService,
    private readonly clock: Clock,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: settings.jwtSecret,
      algorithms: ['HS256'],
      // Expiry is checked in validate() against Spis's clock, the one that issued the token.
      ignoreExpiration: true,
    });
  }

  async validate(payload: AccessTokenPayload & { exp?: number }): Promise<Principal> {
    if (payload.typ !== 'access' || typeof payload.sub !== 'string') throw unauthorized();
    if (typeof payload.exp !== 'number' || payload.exp * 1000 <= this.clock.now().getTime()) throw unauthorized('UNAUTHENTICATED');
    // Disabling a user takes effect at their next request, not when the token expires.
    const principal = await this.principals.load(payload.sub);
    if (!principal) throw unauthorized();
    return principal;
  }
}
