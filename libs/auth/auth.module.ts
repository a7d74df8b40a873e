import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RUNTIME_SETTINGS, type RuntimeSettings } from '../runtime/index.js';
import { User } from '../org/user.entity.js';
import { AuthController } from './auth.controller.js';
import { AccessGuard, JwtAuthGuard, LocalAuthGuard } from './auth.guards.js';
import { AuthRepository } from './auth.repository.js';
import { AuthService } from './auth.service.js';
import { JwtStrategy } from './jwt.strategy.js';
import { LocalStrategy } from './local.strategy.js';
import { LoginAttempt } from './login-attempt.entity.js';
import { PrincipalService } from './principal.service.js';
import { RefreshToken } from './refresh-token.entity.js';

@Module({
  imports: [
    PassportModule,
    TypeOrmModule.forFeature([RefreshToken, LoginAttempt, User]),
    JwtModule.registerAsync({
      inject: [RUNTIME_SETTINGS],
      useFactory: (settings: RuntimeSettings) => ({ secret: settings.jwtSecret, signOptions: { algorithm: 'HS256' } }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, AuthRepository, PrincipalService, JwtStrategy, LocalStrategy, JwtAuthGuard, LocalAuthGuard, AccessGuard],
  exports: [AccessGuard, JwtAuthGuard, PrincipalService, AuthService],
})
export class AuthModule {}
