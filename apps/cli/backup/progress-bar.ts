import cliProgress from 'cli-progress';
import type { BackupProgress } from '../../../libs/backup/index.js';

const LABEL: Record<Parameters<BackupProgress>[0], string> = { database: 'database', objects: 'objects ', verify: 'checking' };
const MiB = 1024 * 1024;

/**
 * A progress bar per phase on stderr when it is a terminal; nothing otherwise (a cron job's log
 * keeps the summary only). `done()` clears it before the command's answer is written.
 */
export function progressBar(): { report: BackupProgress; done: () => void } {
  if (!process.stderr.isTTY) return { report: () => undefined, done: () => undefined };
  let bar: cliProgress.SingleBar | undefined;
  let phase: string | undefined;
  const done = () => {
    bar?.stop();
    bar = undefined;
  };
  const report: BackupProgress = (next, value, total) => {
    if (next !== phase) {
      done();
      phase = next;
      const unit = next === 'verify' ? '' : ' MiB';
      bar = new cliProgress.SingleBar({ stream: process.stderr, format: `${LABEL[next]} [{bar}] {percentage}% {value}/{total}${unit}`, hideCursor: true }, cliProgress.Presets.shades_classic);
      bar.start(next === 'verify' ? total : Math.ceil(total / MiB), 0);
    }
    if (next === 'verify') bar?.update(value);
    else {
      bar?.setTotal(Math.ceil(total / MiB));
      bar?.update(Math.floor(value / MiB));
    }
  };
  return { report, done };
}
