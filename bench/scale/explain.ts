import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../libs/embedded/index.js';
import { freePort, login, ROOT, SCALE_DATA_DIR, startServer } from './harness.js';
import { submissions } from './intake.js';
import { findCast } from './reads.js';

/**
 * The plans of the hot requests' statements, exactly as the application sends them: the server
 * runs against the decade with PostgreSQL's auto_explain loaded into its sessions (EXPLAIN ANALYZE
 * with buffers of every statement, written to the server log), and each request is sent alone,
 * once warm. `node dist/bench/scale/explain.js` writes docs/performance-plans.md.
 */
const AUTO_EXPLAIN = [
  'session_preload_libraries=auto_explain',
  'auto_explain.log_min_duration=0',
  'auto_explain.log_analyze=on',
  'auto_explain.log_buffers=on',
  'auto_explain.log_timing=on',
  'auto_explain.log_format=text',
];

interface Logged {
  ms: number;
  query: string;
  plan: string;
}

async function main(): Promise<void> {
  let log = '';
  const postgres = await startEmbeddedPostgres({
    dataDir: join(SCALE_DATA_DIR, 'postgres'),
    port: await freePort(),
    databases: ['spis'],
    log: (line) => (log += `${line}\n`),
  });
  const url = new URL(postgres.urlFor('spis'));
  url.searchParams.set('options', AUTO_EXPLAIN.map((setting) => `-c ${setting}`).join(' '));
  const databaseUrl = url.toString();
  const db = new pg.Client({ connectionString: postgres.urlFor('spis') });
  await db.connect();
  const server = await startServer({ DATABASE_URL: databaseUrl, DATA_DIR: SCALE_DATA_DIR, EMBEDDED_S3_PORT: String(await freePort()), SPIS_DEMO: 'false' });
  const sections: Array<{ title: string; statements: Logged[] }> = [];
  try {
    const cast = await findCast(db);
    const [someCase] = (await db.query(`SELECT id FROM case_file WHERE org_unit_id = $1 AND status = 'archived' ORDER BY registered_at DESC LIMIT 1`, [cast.official.unitId])).rows;
    const units = new Map<string, string>((await db.query(`SELECT code, id FROM org_unit`)).rows.map((r) => [r.code, r.id]));
    const tokens = new Map<string, string>();
    const as = async (username: string) => tokens.get(username) ?? tokens.set(username, await login(server.port, username)).get(username)!;
    const month = new Date(Date.now() - 31 * 86_400_000);
    const body = submissions(units)();
    const requests: Array<[string, string, string, unknown?]> = [
      ['Search, a common word, registry clerk (every case): GET /api/cases?q=petrovic', cast.registry.username, '/api/cases?q=petrovic'],
      ['Search, two words in Cyrillic, official (own section): GET /api/cases?q=петровић гра', cast.official.username, `/api/cases?q=${encodeURIComponent('петровић гра')}`],
      ['Search with filters, head of secretariat IV: GET /api/cases?q=ozakonjenje&status=in_progress&year=2025', cast.head.username, '/api/cases?q=ozakonjenje&status=in_progress&year=2025'],
      ['Search, a phrase of subjects, registry clerk: GET /api/cases?q=gradjevinske dozvole', cast.registry.username, `/api/cases?q=${encodeURIComponent('gradjevinske dozvole')}`],
      ['Search, a common word in a past year, registry clerk: GET /api/cases?q=ozakonjenje&year=2021', cast.registry.username, '/api/cases?q=ozakonjenje&year=2021'],
      ['Search, a rare pair of names, registry clerk: GET /api/cases?q=nikolic milan', cast.registry.username, `/api/cases?q=${encodeURIComponent('nikolic milan')}`],
      ['Search, a word the section never sees, official: GET /api/cases?q=ozakonjenje', cast.official.username, '/api/cases?q=ozakonjenje'],
      ['Inbox: GET /api/cases?assigneeId=<official>&status=assigned,in_progress,on_hold', cast.official.username, `/api/cases?assigneeId=${cast.official.id}&status=assigned,in_progress,on_hold`],
      ['Case page: GET /api/cases/:id (an archived case of the section)', cast.official.username, `/api/cases/${someCase.id}`],
      ['Registration: POST /api/cases', cast.registry.username, '/api/cases', (({ unitCode: _u, ...rest }) => rest)(body)],
      ['Monthly report: GET /api/reports/monthly', cast.manager.username, `/api/reports/monthly?year=${month.getUTCFullYear()}&month=${month.getUTCMonth() + 1}`],
      ['Annual inspection report: GET /api/reports/inspection', cast.manager.username, `/api/reports/inspection?year=${month.getUTCFullYear() - 1}`],
    ];
    for (const [title, username, path, payload] of requests) {
      const token = await as(username);
      const send = () =>
        fetch(`http://127.0.0.1:${server.port}${path}`, {
          method: payload === undefined ? 'GET' : 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: payload === undefined ? undefined : JSON.stringify(payload),
        }).then(async (r) => ((await r.arrayBuffer()), r.status));
      if (payload === undefined) await send();
      const from = log.length;
      const status = await send();
      await new Promise((done) => setTimeout(done, 300));
      sections.push({ title: `${title} → ${status}`, statements: parse(log.slice(from)) });
      process.stdout.write(`${title}: ${status}\n`);
    }
  } finally {
    await server.stop();
    await db.end();
    await postgres.stop();
  }
  const out = [
    '# Plans of the hot statements at a million cases',
    '',
    'Written by `node dist/bench/scale/explain.js` (bench/scale/explain.ts): every statement the server sent for one request, with',
    'the plan PostgreSQL chose and ran (auto_explain: `EXPLAIN (ANALYZE, BUFFERS)` of each statement), in the order sent, warm.',
    'Statements taking under 0.5 ms are listed with their time only. docs/performance.md discusses them.',
    '',
  ];
  for (const section of sections) {
    const total = section.statements.reduce((sum, s) => sum + s.ms, 0);
    out.push(`## ${section.title}`, '', `${section.statements.length} statements, ${total.toFixed(1)} ms in PostgreSQL.`, '');
    for (const s of section.statements) {
      const first = s.query.replace(/\s+/g, ' ').slice(0, 160);
      if (s.ms < 0.5) {
        out.push(`- ${s.ms.toFixed(2)} ms — \`${first}\``);
        continue;
      }
      out.push('', `### ${s.ms.toFixed(1)} ms — \`${first}\``, '', '```sql', s.query.trim(), '```', '', '```', s.plan.trimEnd(), '```', '');
    }
    out.push('');
  }
  writeFileSync(join(ROOT, 'docs', 'performance-plans.md'), `${out.join('\n')}\n`);
  process.stdout.write('written to docs/performance-plans.md\n');
}

/** auto_explain's entries in a stretch of the server log: duration, query text, plan (from its first costed node). */
function parse(text: string): Logged[] {
  const found: Logged[] = [];
  for (const entry of text.split(/\n(?=\S+ \S+ \S+ \[\d+\] [A-Z]+:)/)) {
    const head = /LOG:\s+duration: ([\d.]+) ms\s+plan:/.exec(entry);
    if (!head) continue;
    const lines = entry.slice(head.index + head[0].length).split('\n').filter((line) => line.trim() !== '');
    const start = lines.findIndex((line) => line.includes('(cost='));
    if (start < 1) continue;
    const query = lines.slice(0, start).join('\n').replace(/^\s*Query Text:\s*/, '');
    const plan = lines.slice(start).map((line) => line.replace(/^\t/, '')).join('\n');
    found.push({ ms: Number(head[1]), query, plan });
  }
  return found;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
