import { Module } from '@nestjs/common';
import { BackupCommand, BackupListCommand, BackupVerifyCommand } from './commands/backup.command.js';
import { DoctorCommand } from './commands/doctor.command.js';
import { RestoreCommand } from './commands/restore.command.js';
import { SweepCommand } from './commands/sweep.command.js';
import { CreateAdminCommand, ResetPasswordCommand, UsersCommand } from './commands/users.command.js';
import { SpisContext } from './spis-context.js';

/** The commands only: each starts what it needs through SpisContext, so `--help` starts nothing. */
@Module({
  providers: [SpisContext, SweepCommand, DoctorCommand, UsersCommand, CreateAdminCommand, ResetPasswordCommand, BackupCommand, BackupListCommand, BackupVerifyCommand, RestoreCommand],
})
export class CliModule {}
