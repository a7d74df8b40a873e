/**
 * PostgreSQL's `archive_command` and `restore_command` for the embedded cluster, run by PostgreSQL
 * as `node copy-wal.js <archive|restore> <from> <to>`: Node is all a bare machine is sure to have.
 *
 * archive: never overwrites. A segment already archived with the same bytes counts as done
 * (PostgreSQL retries a segment whose earlier copy it did not see finish); different bytes fail, as
 * the PostgreSQL documentation asks. The copy lands under a temporary name, is flushed to disk and
 * renamed, so a crash leaves no half segment that looks whole.
 * restore: copies over whatever `to` holds; a missing `from` exits 1, which PostgreSQL reads as
 * "no such file" (the end of the archive, or a timeline history that does not exist).
 */
import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, readFileSync, renameSync } from 'node:fs';

const [mode, from, to] = process.argv.slice(2);

function flush(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function main(): number {
  if ((mode !== 'archive' && mode !== 'restore') || !from || !to) {
    process.stderr.write('usage: copy-wal.js <archive|restore> <from> <to>\n');
    return 64;
  }
  if (!existsSync(from)) return 1;
  if (mode === 'archive' && existsSync(to)) {
    if (readFileSync(to).equals(readFileSync(from))) return 0;
    process.stderr.write(`copy-wal: ${to} exists with other content; refusing to overwrite an archived segment\n`);
    return 1;
  }
  const partial = `${to}.partial-${process.pid}`;
  copyFileSync(from, partial);
  flush(partial);
  renameSync(partial, to);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  process.stderr.write(`copy-wal: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
