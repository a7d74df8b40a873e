import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Action, Subject } from './permissions.js';
import type { Principal } from './principal.js';

export const ACCESS_RULE = 'spis:access-rule';

export type AccessRule =
  | { kind: 'public' }
  | { kind: 'signed-in' }
  | { kind: 'permission'; action: Action; subject: Subject };

/** The route needs this permission (checked against the caller's positions' roles). */
export const Allow = (action: Action, subject: Subject) =>
  SetMetadata(ACCESS_RULE, { kind: 'permission', action, subject } satisfies AccessRule);

/** Anyone, signed in or not (sign-in itself, health, API docs). */
export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);

/** Any signed-in user, whatever their positions (their own profile, sign-out). */
export const SignedIn = () => SetMetadata(ACCESS_RULE, { kind: 'signed-in' } satisfies AccessRule);

/** The signed-in user of this request. */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal => context.switchToHttp().getRequest().user,
);
