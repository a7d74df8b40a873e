import { Command, CommandRunner, Option } from 'nest-commander';
import { EXIT } from '../exit-codes.js';
import { SpisContext } from '../spis-context.js';

/**
 * `spis sweep [--repair]`: storage and database compared (the scheduled sweep's report, on demand).
 * Exit 0 when they agree or after a repair, 2 when differences were found and left.
 */
@Command({
  name: 'sweep',
  description:
    'Compare the attachment objects in storage with the database and print the report as JSON; unfinished multipart uploads ' +
    'are listed, and removed once a day old (incompleteUploads.freedBytes). ' +
    'Exit code 0: they agree (or --repair ran); 2: differences found. Safe beside a running Spis.',
})
export class SweepCommand extends CommandRunner {
  constructor(private readonly context: SpisContext) {
    super();
  }

  async run(_args: string[], options: { repair?: boolean }): Promise<void> {
    // Imported when the sweep runs: the attachments' modules take seconds to load, which every other command would pay.
    const { AttachmentsModule, AttachmentSweep } = await import('../../../libs/attachments/index.js');
    const sweep = await this.context.get(AttachmentSweep, [AttachmentsModule]);
    const report = await sweep.run({ repair: options.repair === true });
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    const differences = report.orphanObjects.count + report.missingObjects.count + report.reappearedObjects.count;
    process.exitCode = !options.repair && differences > 0 ? EXIT.found : EXIT.ok;
  }

  @Option({ flags: '--repair', description: 'remove objects no attachment names (older than an hour) and mark versions whose object is gone' })
  parseRepair(): boolean {
    return true;
  }
}
