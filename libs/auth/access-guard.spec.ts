import { describe, expect, it } from '@jest/globals';
import { Controller, Get, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Public } from '../access/access.decorators.js';
import { DomainError } from '../shared/errors.js';
import { AccessGuard, type JwtAuthGuard } from './auth.guards.js';

@Controller('probe')
class ProbeController {
  @Get('forgotten')
  forgotten() {
    return 'should never be reached';
  }

  @Get('open')
  @Public()
  open() {
    return 'ok';
  }
}

function contextFor(handler: () => unknown): ExecutionContext {
  return {
    getHandler: () => handler,
    getClass: () => ProbeController,
    switchToHttp: () => ({ getRequest: () => ({}) }),
  } as unknown as ExecutionContext;
}

describe('AccessGuard', () => {
  const neverCalledJwt = { canActivate: () => { throw new Error('token checked for a route that should not need one'); } } as unknown as JwtAuthGuard;
  const guard = new AccessGuard(new Reflector(), neverCalledJwt);

  it('refuses a route that declares no permission, before looking at the caller', async () => {
    const refusal = await guard.canActivate(contextFor(ProbeController.prototype.forgotten)).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DomainError);
    expect((refusal as DomainError).status).toBe(403);
    expect((refusal as DomainError).code).toBe('PERMISSION_NOT_DECLARED');
  });

  it('lets a route declared public through without a token', async () => {
    await expect(guard.canActivate(contextFor(ProbeController.prototype.open))).resolves.toBe(true);
  });
});
