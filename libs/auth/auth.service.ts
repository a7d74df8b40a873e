import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { connectionOf } from '../database/transactional-connection.js';
import type { DataSource } from 'typeorm';
import type { User } from '../org/user.entity.js';
import { RUNTIME_SETTINGS, type RuntimeSettings } from '../runtime/index.js';
import { Clock } from '../shared/clock.js';
import { DomainError, unauthorized } from '../shared/errors.js';
import { AuthRepository } from './auth.repository.js';
import type { AccessTokenPayload } from './jwt.strategy.js';
import { timingDecoyHash, verifyPassword } from '../org/passwords.js';

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

@Injectable()
export class AuthService {
  constructor(
    private readonly auth: AuthRepository,
    // Sign-in attempts and token-family revocations must stick even when the request fails
    // (and its transaction rolls back), so they are written outside it.
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly clock: Clock,
    @Inject(RUNTIME_SETTINGS) private readonly settings: RuntimeSettings,
  ) {}

  /** Statements that stick although the request fails: outside its transaction, each committed on its own. */
  private outside(): AuthRepository {
    return new AuthRepository(connectionOf(this.dataSource.manager));
  }

  /** Checks a username and password, throttling repeated failures per username. */
  async verifyCredentials(rawUsername: string, password: string, ip: string): Promise<User> {
    const username = rawUsername.trim().toLowerCase();
    const { LOGIN_MAX_FAILURES, LOGIN_FAILURE_WINDOW_SECONDS } = this.settings.config;
    const windowStart = new Date(this.clock.now().getTime() - LOGIN_FAILURE_WINDOW_SECONDS * 1000);
    // Counting and recording happen under a per-username lock, and the attempt is recorded as a
    // failure before the password is checked, so simultaneous guesses cannot slip past the limit.
    const attemptId = await this.dataSource.transaction(async (manager) => {
      const attempts = new AuthRepository(connectionOf(manager));
      await attempts.lockSignIn(username);
      if ((await attempts.recentFailures(username, windowStart)) >= LOGIN_MAX_FAILURES) return null;
      return attempts.recordFailure(username, ip, this.clock.now());
    });
    if (attemptId === null) {
      throw new DomainError(HttpStatus.TOO_MANY_REQUESTS, 'TOO_MANY_LOGIN_ATTEMPTS', {
        minutes: Math.ceil(LOGIN_FAILURE_WINDOW_SECONDS / 60),
      });
    }
    const user = await this.outside().userWithPasswordHash(username);
    const valid = await verifyPassword(user?.passwordHash ?? (await timingDecoyHash()), password);
    if (user && valid && !user.disabled) {
      await this.outside().markSucceeded(attemptId);
    }
    if (!user || !valid) throw unauthorized('INVALID_CREDENTIALS');
    if (user.disabled) throw unauthorized('ACCOUNT_DISABLED');
    return user;
  }

  /** A fresh access token and a refresh token of a new family (a new sign-in). */
  issueTokens(user: Pick<User, 'id' | 'username'>): Promise<IssuedTokens> {
    return this.issue(user, randomUUID(), this.auth);
  }

  /**
   * Rotates a refresh token: the old one is spent, a new one of the same family is issued. Runs in
   * its own transaction so that a replayed token's family revocation is kept although the request fails.
   */
  async refresh(refreshToken: string): Promise<IssuedTokens> {
    const now = this.clock.now();
    const outcome = await this.dataSource.transaction(async (manager) => {
      const tokens = new AuthRepository(connectionOf(manager));
      const row = await tokens.lockRefreshToken(sha256(refreshToken));
      if (!row || row.expiresAt <= now) return { kind: 'invalid' as const };
      // A spent token came back: someone holds a copy. Every session of that family ends.
      if (row.usedAt || row.revokedAt) return { kind: 'replayed' as const, familyId: row.familyId };
      const user = await tokens.user(row.userId);
      if (!user || user.disabled) return { kind: 'invalid' as const };
      await tokens.markRefreshTokenUsed(row.id, now);
      return { kind: 'issued' as const, tokens: await this.issue(user, row.familyId, tokens) };
    });
    if (outcome.kind === 'replayed') await this.revokeFamily(outcome.familyId);
    if (outcome.kind !== 'issued') throw unauthorized('INVALID_REFRESH_TOKEN');
    return outcome.tokens;
  }

  /** Signs out: the token's whole family stops working. Unknown tokens are ignored. */
  async logout(refreshToken: string): Promise<void> {
    const row = await this.outside().refreshToken(sha256(refreshToken));
    if (row) await this.revokeFamily(row.familyId);
  }

  private async revokeFamily(familyId: string): Promise<void> {
    await this.outside().revokeFamily(familyId, this.clock.now());
  }

  private async issue(user: Pick<User, 'id' | 'username'>, familyId: string, tokens: AuthRepository): Promise<IssuedTokens> {
    const ttl = this.settings.config.JWT_ACCESS_TTL_SECONDS;
    const nowSeconds = Math.floor(this.clock.now().getTime() / 1000);
    const payload: AccessTokenPayload & { iat: number; exp: number } = {
      sub: user.id,
      username: user.username,
      typ: 'access',
      iat: nowSeconds,
      exp: nowSeconds + ttl,
    };
    const accessToken = await this.jwt.signAsync(payload);
    const refreshToken = randomBytes(32).toString('base64url');
    const expiresAt = new Date(this.clock.now().getTime() + this.settings.config.JWT_REFRESH_TTL_DAYS * 86_400_000);
    await tokens.insertRefreshToken({ userId: user.id, familyId, tokenHash: sha256(refreshToken), expiresAt });
    return { accessToken, refreshToken, tokenType: 'Bearer', expiresIn: ttl };
  }
}
