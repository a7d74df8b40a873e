import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { ACCESS_RULE, type AccessRule } from '../access/access.decorators.js';
import type { Principal } from '../access/principal.js';
import { badRequest, forbidden, unauthorized } from '../shared/errors.js';

@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  override handleRequest<T>(error: unknown, user: T): T {
    if (error) throw error;
    if (!user) throw unauthorized();
    return user;
  }
}

@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override handleRequest<T>(error: unknown, user: T, info: { message?: string } | undefined, context: ExecutionContext): T {
    if (error) throw error;
    if (!user && info?.message === 'Missing credentials') {
      const body = (context.switchToHttp().getRequest().body ?? {}) as Record<string, unknown>;
      const missing = ['username', 'password'].filter((field) => typeof body[field] !== 'string' || body[field] === '');
      throw badRequest('VALIDATION_FAILED', {}, missing.map((field) => ({ field, rule: 'isNotEmpty', message: `${field} is required` })));
    }
    if (!user) throw unauthorized('INVALID_CREDENTIALS');
    return user;
  }
}

/**
 * The global gate: a route must declare who may call it (@Public, @SignedIn or @Allow), and
 * anything undeclared is refused. Passport puts the principal on the request.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwtGuard: JwtAuthGuard,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
    if (!rule) throw forbidden('PERMISSION_NOT_DECLARED');
    if (rule.kind === 'public') return true;
    await this.jwtGuard.canActivate(context);
    const principal = context.switchToHttp().getRequest().user as Principal;
    if (rule.kind === 'signed-in') return true;
    if (!principal.ability.can(rule.action, rule.subject)) throw forbidden();
    return true;
  }
}
