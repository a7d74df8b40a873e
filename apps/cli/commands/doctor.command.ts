import { Command, CommandRunner, Option } from 'nest-commander';
import { runDoctorChecks, type CheckResult } from '../doctor/doctor-checks.js';
import { EXIT } from '../exit-codes.js';
import { SpisContext } from '../spis-context.js';

const MARK: Record<CheckResult['status'], string> = { ok: 'ok  ', warn: 'WARN', fail: 'FAIL' };

/** `spis doctor [--json]`: one line per check. Exit 0 all well, 2 warnings, 1 a failure. */
@Command({
  name: 'doctor',
  description:
    'Check the settings, database (reachable, migrations, clock), storage, disk space under DATA_DIR, time zone and the last backup. ' +
    'Exit code 0: all well; 2: warnings; 1: something failed. Safe beside a running Spis.',
})
export class DoctorCommand extends CommandRunner {
  constructor(private readonly context: SpisContext) {
    super();
  }

  async run(_args: string[], options: { json?: boolean }): Promise<void> {
    const parts = await this.context.parts();
    const results = await runDoctorChecks(parts.settings, parts.embedded);
    if (options.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    else {
      const width = Math.max(...results.map((result) => result.check.length));
      for (const result of results) process.stdout.write(`${MARK[result.status]}  ${result.check.padEnd(width)}  ${result.detail}\n`);
    }
    process.exitCode = results.some((r) => r.status === 'fail') ? EXIT.failed : results.some((r) => r.status === 'warn') ? EXIT.found : EXIT.ok;
  }

  @Option({ flags: '--json', description: 'print the checks as JSON' })
  parseJson(): boolean {
    return true;
  }
}
