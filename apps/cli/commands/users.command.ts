import { Command, CommandRunner, Option, SubCommand } from 'nest-commander';
import { EXIT } from '../exit-codes.js';
import { SpisContext } from '../spis-context.js';
import { CreateUserDto, UpdateUserDto } from '../../../libs/org/dto/user.dto.js';
import { oneTimePassword, UsageError, UsersAccounts, UsersAccountsModule, validated } from './users-accounts.js';

interface PasswordOptions {
  passwordStdin?: boolean;
}

/** The password piped in (its one trailing newline dropped), or a new one-time password. */
async function passwordFrom(options: PasswordOptions): Promise<{ password: string; generated: boolean }> {
  if (!options.passwordStdin) return { password: oneTimePassword(), generated: true };
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return { password: text.replace(/\r?\n$/, ''), generated: false };
}

/** Runs an accounts command; a refusal of what was typed exits 64 with its sentence. */
async function refusingUsage<T extends object>(context: SpisContext, input: [new () => T, object], work: (accounts: UsersAccounts, dto: T) => Promise<string>): Promise<void> {
  try {
    const dto = await validated(...input);
    const accounts = await context.get(UsersAccounts, [UsersAccountsModule]);
    process.stdout.write(`${await work(accounts, dto)}\n`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`spis: ${error.message}\n`);
    process.exitCode = EXIT.usage;
  }
}

const told = (generated: boolean, password: string) =>
  generated ? `\nOne-time password (shown only now; hand it over in person):\n${password}` : '';

@SubCommand({
  name: 'create-admin',
  arguments: '<username>',
  description:
    'Create a user holding the built-in administrator role, on a post in the top unit. Prints a generated one-time password, ' +
    'or takes one from stdin with --password-stdin. Audited with actor "system". Exit 0 done; 64 a wrong user name or password; 1 the user exists.',
})
export class CreateAdminCommand extends CommandRunner {
  constructor(private readonly context: SpisContext) {
    super();
  }

  async run([username]: string[], options: PasswordOptions & { fullName?: string }): Promise<void> {
    const { password, generated } = await passwordFrom(options);
    await refusingUsage(this.context, [CreateUserDto, { username, fullName: options.fullName ?? 'Administrator', password }], async (accounts, dto) => {
      const user = await accounts.createAdministrator(dto);
      return `administrator "${user.username}" created${told(generated, password)}`;
    });
  }

  @Option({ flags: '--full-name <name>', description: 'the name shown in the application (default "Administrator")' })
  parseFullName(value: string): string {
    return value;
  }

  @Option({ flags: '--password-stdin', description: 'read the password from stdin instead of generating one' })
  parsePasswordStdin(): boolean {
    return true;
  }
}

@SubCommand({
  name: 'reset-password',
  arguments: '<username>',
  description:
    'Give a user a new password and end all their sessions. Prints a generated one-time password, or takes one from stdin with ' +
    '--password-stdin. Audited with actor "system". Exit 0 done; 64 a password too short; 1 no such user.',
})
export class ResetPasswordCommand extends CommandRunner {
  constructor(private readonly context: SpisContext) {
    super();
  }

  async run([username]: string[], options: PasswordOptions): Promise<void> {
    const { password, generated } = await passwordFrom(options);
    await refusingUsage(this.context, [UpdateUserDto, { password }], async (accounts, dto) => {
      await accounts.resetPassword(username, dto);
      return `password of "${username.trim().toLowerCase()}" changed, their sessions ended${told(generated, password)}`;
    });
  }

  @Option({ flags: '--password-stdin', description: 'read the password from stdin instead of generating one' })
  parsePasswordStdin(): boolean {
    return true;
  }
}

/** `spis users <create-admin|reset-password> <username>`: accounts an operator needs without the web application. */
@Command({ name: 'users', description: 'Create an administrator or reset a password, when nobody can sign in to do it', subCommands: [CreateAdminCommand, ResetPasswordCommand] })
export class UsersCommand extends CommandRunner {
  async run(): Promise<void> {
    this.command.help();
  }
}
