import 'reflect-metadata';
import { CommandFactory, CommandRunnerService } from 'nest-commander';
import { CliModule } from './cli.module.js';
import { EXIT } from './exit-codes.js';
import { SpisContext } from './spis-context.js';

/**
 * `spis <command>` (`npx spis --help`): the administrator's commands, with the server's modules and
 * settings. The exit code is set here, last: the embedded PostgreSQL package's exit hook would
 * otherwise end the process with 0 whatever the command reported.
 */
/** Commander's own exits: --help with 0; a wrong command, option or argument (its message already written) with EX_USAGE. */
const usageExit = (error: Error): never => process.exit((error as Error & { exitCode?: number }).exitCode === 0 ? EXIT.ok : EXIT.usage);

interface Commander {
  commands: Commander[];
  exitOverride(handler: typeof usageExit): void;
  enablePositionalOptions(): void;
}

async function main(): Promise<void> {
  const app = await CommandFactory.createWithoutRunning(CliModule, {
    logger: false,
    cliName: 'spis',
    usePlugins: false,
    errorHandler: usageExit,
    // A command that throws: its message, and exit 1 (69 when the database or storage is out of reach).
    serviceErrorHandler: (error: Error) => {
      process.stderr.write(`spis: ${error.message}\n`);
      process.exitCode = /ECONNREFUSED|ETIMEDOUT|ENOTFOUND|did not answer/.test(error.message) ? EXIT.unavailable : EXIT.failed;
    },
  });
  // nest-commander sets the override on the program after adding the commands, which do not inherit it.
  // Sub-commands too (`spis users create-admin`, `spis backup list`). A command's options go before its
  // subcommand's name: `backup list --json` is list's --json, not backup's.
  const program = (app.get(CommandRunnerService) as unknown as { commander: Commander }).commander;
  const configure = (command: Commander): void => {
    command.enablePositionalOptions();
    for (const sub of command.commands) {
      sub.exitOverride(usageExit);
      configure(sub);
    }
  };
  configure(program);
  const context = app.get(SpisContext);
  try {
    await CommandFactory.runApplication(app);
  } finally {
    await context.close();
    await app.close();
  }
}

main().then(
  () => process.exit(process.exitCode ?? EXIT.ok),
  (error: unknown) => {
    process.stderr.write(`spis: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(EXIT.failed);
  },
);
