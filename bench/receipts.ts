import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOCUMENT_LABELS } from '../libs/documents/labels.js';
import { lookupCode, lookupKey } from '../libs/documents/lookup-code.js';
import { PdfFonts } from '../libs/documents/pdf-fonts.js';
import { buildReceipt, type ReceiptFacts } from '../libs/documents/receipt.js';

/**
 * How fast Spis prints the receipt for the party (potvrda o prijemu), in-process, without HTTP or
 * the database: the builder the API calls, with a sample case that varies per receipt (number,
 * lookup code, party) as at a busy counter. `node dist/bench/receipts.js [count]`.
 */
const COUNT = Number(process.argv[2] ?? 500);
const WARM_UP = 20;
const PARTIES = ['Љубица Ђурђевић', 'Petar Petrović', 'Ѓорѓе Ќосевски', 'Щерьо Йорданов', 'Đurđa Šćekić-Žužić'];

function sampleCase(i: number, key: Buffer): ReceiptFacts {
  return {
    number: `351-${i + 1}/2026-04`,
    lookupCode: lookupCode(key, randomUUID()),
    receivedAt: new Date(Date.UTC(2026, 2, 2, 8, 15) + i * 60_000),
    receivedVia: 'counter',
    party: { name: PARTIES[i % PARTIES.length], address: 'Njegoševa 12, 11000 Beograd' },
    subject: 'Zahtev za izdavanje građevinske dozvole za pomoćni objekat na katastarskoj parceli 1234/5 KO Demo',
    classificationCode: '351',
    orgUnit: { code: '04', name: 'Odeljenje za urbanizam i građevinarstvo' },
    attachmentsCount: 3,
    feeMinor: 124_000,
    dueDate: '2026-04-01',
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main(): Promise<void> {
  if (!Number.isInteger(COUNT) || COUNT < 1) throw new Error(`count must be a positive whole number, got ${process.argv[2]}`);
  const key = lookupKey('bench-secret-'.padEnd(64, 'x'));
  const context = { authority: 'Opštinska uprava opštine Demo', labels: DOCUMENT_LABELS['sr-Latn'], printedAt: new Date(Date.UTC(2026, 2, 2, 8, 16)) };

  // Other work on the machine slows the figures down; the report says how busy it was.
  const loadAtStart = os.loadavg()[0];
  const firstStart = performance.now();
  const fonts = new PdfFonts();
  let bytes = await buildReceipt(fonts, context, sampleCase(0, key));
  const first = performance.now() - firstStart;
  for (let i = 1; i < WARM_UP; i += 1) await buildReceipt(fonts, context, sampleCase(i, key));

  const times: number[] = [];
  const start = performance.now();
  for (let i = 0; i < COUNT; i += 1) {
    const t = performance.now();
    bytes = await buildReceipt(fonts, context, sampleCase(i, key));
    times.push(performance.now() - t);
  }
  const total = performance.now() - start;
  times.sort((a, b) => a - b);

  const cpus = os.cpus();
  const fixed = (n: number, digits = 1) => n.toFixed(digits);
  const report = `# Receipt generation benchmark

Receipts for the party (potvrda o prijemu) built in-process by \`buildReceipt\` (pdf-lib, DejaVu Sans
subset embedded, QR code), without HTTP or the database. Run with \`npm run bench:receipts\`.

| measure | value |
| --- | --- |
| receipts | ${COUNT} (after ${WARM_UP} warm-up) |
| receipts per second | ${fixed((COUNT * 1000) / total)} |
| ms per receipt, p50 | ${fixed(percentile(times, 50), 2)} |
| ms per receipt, p95 | ${fixed(percentile(times, 95), 2)} |
| ms per receipt, max | ${fixed(times[times.length - 1], 2)} |
| first receipt (reads and parses the fonts) | ${fixed(first)} ms |
| receipt size | ${fixed(bytes.length / 1024)} KiB |

| machine | |
| --- | --- |
| node | ${process.version} |
| CPU | ${cpus[0]?.model ?? 'unknown'} |
| cores | ${cpus.length} |
| memory | ${fixed(os.totalmem() / 1024 ** 3)} GiB |
| platform | ${os.platform()} ${os.arch()} |
| load average at the start (1 min) | ${fixed(loadAtStart, 2)} |
| date | ${new Date().toISOString().slice(0, 10)} |
`;
  const here = dirname(fileURLToPath(import.meta.url));
  // dist/bench → bench/results in the source tree, where results are committed.
  const out = join(here, '..', '..', 'bench', 'results', 'receipts.md');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, report);
  process.stdout.write(`${report}\nwritten to ${out}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
