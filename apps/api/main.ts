import 'reflect-metadata';
import exitHook from 'async-exit-hook';
import { DataSource } from 'typeorm';
import { validateConfigOrExit } from '../../libs/config/index.js';
import { runMigrations, SnakeNamingStrategy } from '../../libs/database/index.js';
import { announceReady, announceStopped, createLogger, resolveLogFormat } from '../../libs/logging/index.js';
import { resolveRuntime, type ResolvedRuntime } from '../../libs/runtime/index.js';
import { assertPortFree } from '../../libs/embedded/index.js';
import { MIGRATIONS } from '../../db/migrations/index.js';
import { DEMO_PASSWORD, DEMO_USERS, seedBase, seedDemo, seedDemoHistory, seedDemoToday, seedInitialAdmin } from '../../db/seeds/index.js';
import { createSpisApp } from './create-app.js';

/**
 * `npm start`: validate the settings, start embedded PostgreSQL / S3 where none are configured,
 * migrate, seed, and serve. A wrong setting stops here with a message naming it.
 */
/** The embedded parts started so far, stopped when start-up fails, so no PostgreSQL outlives it. */
let startedParts: ResolvedRuntime | undefined;

async function main() {
  const config = validateConfigOrExit(process.env);
  const format = resolveLogFormat(config.LOG_FORMAT, process.stdout.isTTY === true);
  const logger = createLogger(config.LOG_LEVEL, format);
  const started = Date.now();
  // Before anything starts: a taken port found after a minute of migrations and demo data helps no one.
  await assertPortFree(config.PORT, undefined, 'PORT', 'Spis');
  const runtime = await resolveRuntime(config, (line) => logger.info(line), (line) => logger.warn(line));
  startedParts = runtime;
  for (const part of runtime.embedded) logger.info(`embedded ${part} (data in ${config.DATA_DIR})`);

  const applied = await runMigrations(runtime.settings.databaseUrl, MIGRATIONS, (line) => logger.info(line));
  const seeding = new DataSource({ type: 'postgres', url: runtime.settings.databaseUrl, namingStrategy: new SnakeNamingStrategy() });
  await seeding.initialize();
  await seedBase(seeding);
  const demoCreated = runtime.settings.demoMode ? await seedDemo(seeding) : false;
  const { SPIS_INITIAL_ADMIN_USERNAME: adminName, SPIS_INITIAL_ADMIN_PASSWORD: adminPassword } = config;
  if (adminName && adminPassword && (await seedInitialAdmin(seeding, adminName, adminPassword))) {
    logger.info(`initial administrator "${adminName}" created`);
  }
  const [{ users }] = await seeding.query('SELECT count(*)::int AS users FROM app_user');
  if (users === 0) logger.warn('no users yet: set SPIS_INITIAL_ADMIN_USERNAME and SPIS_INITIAL_ADMIN_PASSWORD and restart to create the first administrator');
  await seeding.destroy();
  // A new demo database gets a year of the municipality's work, written once.
  const history = runtime.settings.demoMode ? await seedDemoHistory(runtime.settings.databaseUrl, { log: (line) => logger.debug(line) }) : null;
  if (history) logger.info(`demo municipality: ${history.cases} cases of the past year written in ${history.seconds.toFixed(1)} s`);

  const app = await createSpisApp(runtime.settings, logger);
  // The same exit hook the embedded PostgreSQL package uses, so one signal closes the app, stops the
  // embedded parts, and exits with the conventional 128 + signal code only after all of them are done.
  exitHook((done) => {
    void app
      .close()
      .catch((error: Error) => logger.error({ err: error.message }, 'closing the app failed'))
      .then(() => runtime.stop())
      .then(() => {
        announceStopped(logger);
        done();
      });
  });
  await app.listen(config.PORT);
  if (history) {
    // This morning's work goes through the API itself, as the clerks would do it. Without it the
    // demo still has its year, so a refusal is told, not fatal. Its fifty request lines would bury
    // the start-up screen: for those few seconds only warnings and errors are written.
    const level = logger.level;
    logger.level = 'warn';
    await seedDemoToday(`http://127.0.0.1:${config.PORT}`).finally(() => (logger.level = level)).then(
      (today) => logger.info(`demo municipality: this morning ${today.registered} submissions registered, ${today.scans} scans stamped, ${today.handedToOfficial} hand-overs to the official, ${today.resolved} decided, ${today.lent} loans`),
      (error: Error) => logger.warn(`demo municipality: this morning's work could not be done: ${error.message}`),
    );
  }

  announceReady(logger, format, {
    url: `http://localhost:${config.PORT}`,
    readyMs: Date.now() - started,
    migrationsApplied: applied,
    demo: runtime.settings.demoMode ? { loaded: demoCreated, password: DEMO_PASSWORD, users: DEMO_USERS } : undefined,
  });
}

main().catch(async (error) => {
  await startedParts?.stop().catch(() => undefined);
  // The cause first, in words; the stack after it, for whoever has to look further.
  const told = error instanceof Error ? `${error.message}\n${error.stack?.split('\n').slice(1).join('\n') ?? ''}` : `an unexplained failure (${String(error)})`;
  process.stderr.write(`Spis failed to start: ${told}\n`);
  process.exit(1);
});
