import { Module } from '@nestjs/common';
import { DoctorCommand } from './commands/doctor.command.js';
import { SweepCommand } from './commands/sweep.command.js';
import { CreateAdminCommand, ResetPasswordCommand, UsersCommand } from './commands/users.command.js';
import { SpisContext } from './spis-context.js';

/** The commands only: each starts what it needs through SpisContext, so `--help` starts nothing. */
@Module({ providers: [SpisContext, SweepCommand, DoctorCommand, UsersCommand, CreateAdminCommand, ResetPasswordCommand] })
export class CliModule {}
