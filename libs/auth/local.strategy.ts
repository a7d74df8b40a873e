import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';
import { badRequest } from '../shared/errors.js';
import { AuthService } from './auth.service.js';

const MAX_CREDENTIAL_LENGTH = 256;

@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'username', passwordField: 'password', passReqToCallback: true });
  }

  async validate(request: Request, username: unknown, password: unknown) {
    const fields = [
      ['username', username],
      ['password', password],
    ]
      .filter(([, value]) => typeof value !== 'string' || value.length === 0 || value.length > MAX_CREDENTIAL_LENGTH)
      .map(([field]) => ({ field: String(field), rule: 'isNotEmpty', message: `${field} must be a non-empty string of at most ${MAX_CREDENTIAL_LENGTH} characters` }));
    if (fields.length > 0) throw badRequest('VALIDATION_FAILED', {}, fields);
    return this.auth.verifyCredentials(username as string, password as string, request.ip ?? 'unknown');
  }
}
