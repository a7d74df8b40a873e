import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * nest-cli.json describes the monorepo to Nest's CLI: `nest generate … --project <library>` must
 * write into that library's folder the way our domain folders read (flat, no spec). Each case runs
 * the installed CLI with --dry-run, so the tree is never touched; the cases run side by side, as each
 * call starts two Node processes (the CLI and the schematics runner), a few seconds' work.
 */
const NEST = join('node_modules', '@nestjs', 'cli', 'bin', 'nest.js');
const ANSI = /\x1b\[[0-9;]*m/g;

async function nest(...args: string[]): Promise<string> {
  // Without a terminal on stdin the CLI prompts for nothing; the schematics runner colours its lines even so.
  const { stdout, stderr } = await promisify(execFile)(process.execPath, [NEST, ...args]);
  return `${stdout}${stderr}`.replace(ANSI, '');
}

/** "CREATE libs/cases/x.service.ts (87 bytes)" → ['CREATE', 'libs/cases/x.service.ts'] */
const actions = (output: string) => [...output.matchAll(/^(CREATE|UPDATE) (\S+) \(\d+ bytes\)$/gm)].map((m) => [m[1], m[2]]);

const projects = () => (JSON.parse(readFileSync('nest-cli.json', 'utf8')) as { projects: Record<string, { type: string; sourceRoot: string }> }).projects;
const folders = (dir: string) => readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => join(dir, entry.name));

describe("Nest's CLI on this tree (nest-cli.json)", () => {
  it.concurrent.each<[string, string, string, string[][]]>([
    // A new register is a nested domain: a folder of its own, imported by RegistersModule.
    ['module', 'parking', 'registers', [['CREATE', 'libs/registers/parking/parking.module.ts'], ['UPDATE', 'libs/registers/registers.module.ts']]],
    ['service', 'billing', 'cases', [['CREATE', 'libs/cases/billing.service.ts'], ['UPDATE', 'libs/cases/cases.module.ts']]],
    ['controller', 'billing', 'registers/work-books', [['CREATE', 'libs/registers/work-books/billing.controller.ts'], ['UPDATE', 'libs/registers/work-books/work-books.module.ts']]],
  ])('nest generate %s %s --project %s lands in that library as its files are laid out, without a spec, and a dry run writes nothing', async (schematic, name, project, expected) => {
    const updated = expected.filter(([action]) => action === 'UPDATE').map(([, path]) => [path, readFileSync(path, 'utf8')]);
    const output = await nest('generate', schematic, name, '--project', project, '--dry-run');
    expect(actions(output)).toEqual(expected);
    expect(output).toContain('Dry run enabled. No files written to disk.');
    for (const [, path] of expected.filter(([action]) => action === 'CREATE')) expect([path, existsSync(path)]).toEqual([path, false]);
    for (const [path, before] of updated) expect([path, readFileSync(path, 'utf8') === before]).toEqual([path, true]);
  });

  it.concurrent('nest info runs in the tree', async () => {
    // execFile rejects on a non-zero exit.
    expect(await nest('info')).toContain('[Nest Platform Information]');
  });

  it('every folder of libs/ and libs/registers/ is a library project rooted at that folder', () => {
    const libraries = Object.values(projects())
      .filter((project) => project.type === 'library')
      .map((project) => project.sourceRoot)
      .sort();
    expect(libraries).toEqual([...folders('libs'), ...folders(join('libs', 'registers'))].sort());
  });
});
