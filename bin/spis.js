#!/usr/bin/env node
// `npx spis …`: the administrator's commands (apps/cli), from the compiled output.
import { existsSync } from 'node:fs';

const main = new URL('../dist/apps/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write('spis: the application is not built yet: run `npm run build` first\n');
  process.exit(1);
}
await import(main.href);
