import { statfs } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Client } from 'minio';
import { DataSource } from 'typeorm';
import { BackupService } from '../../../libs/backup/index.js';
import { SnakeNamingStrategy } from '../../../libs/database/index.js';
import type { RuntimeSettings } from '../../../libs/runtime/index.js';
import { MIGRATIONS } from '../../../db/migrations/index.js';

export type CheckStatus = 'ok' | 'warn' | 'fail';
export interface CheckResult {
  check: string;
  status: CheckStatus;
  detail: string;
}

const SECOND = 1000;
const GiB = 1024 ** 3;
/** Past this, a clock disagreeing with the database's shifts deadlines and audit times visibly. */
const CLOCK_SKEW_WARN_MS = 2 * SECOND;
const TIMEOUT_MS = 5 * SECOND;

const within = <T>(promise: Promise<T>, what: string): Promise<T> =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} did not answer within ${TIMEOUT_MS / SECOND} s`)), TIMEOUT_MS).unref())]);

const failed = (check: string, error: unknown): CheckResult => ({ check, status: 'fail', detail: error instanceof Error ? error.message : String(error) });

/**
 * What an operator checks first when something is off, each answered in one line: the settings in
 * use, the database (reachable, migrations current, its clock), storage, the disk under DATA_DIR,
 * the time zone and the last backup.
 */
export async function runDoctorChecks(settings: RuntimeSettings, embedded: string[]): Promise<CheckResult[]> {
  const results: CheckResult[] = [settingsCheck(settings, embedded)];
  results.push(...(await databaseChecks(settings.databaseUrl)));
  results.push(await storageCheck(settings));
  results.push(await diskCheck(settings.config.DATA_DIR));
  results.push(timeZoneCheck());
  results.push(await backupCheck(settings));
  return results;
}

async function backupCheck(settings: RuntimeSettings): Promise<CheckResult> {
  try {
    const { status, detail } = await new BackupService(settings).age();
    return { check: 'backup', status, detail };
  } catch (error) {
    return failed('backup', error);
  }
}

function settingsCheck(settings: RuntimeSettings, embedded: string[]): CheckResult {
  const mode = settings.config.NODE_ENV === 'production' ? 'production' : settings.demoMode ? 'demo' : 'development';
  const parts = embedded.length > 0 ? `embedded ${embedded.join(', ')}` : 'external PostgreSQL and S3';
  return { check: 'settings', status: 'ok', detail: `valid; ${mode} mode; data folder ${resolve(settings.config.DATA_DIR)}; ${parts}` };
}

async function databaseChecks(url: string): Promise<CheckResult[]> {
  const db = new DataSource({ type: 'postgres', url, migrations: MIGRATIONS, migrationsTableName: 'schema_migrations', namingStrategy: new SnakeNamingStrategy(), logging: false, connectTimeoutMS: TIMEOUT_MS });
  try {
    const started = Date.now();
    await within(db.initialize(), 'PostgreSQL');
    const [{ version, now, zone }] = (await db.query(`SELECT split_part(version(), ' ', 2) AS version, now() AS now, current_setting('TimeZone') AS zone`)) as Array<{ version: string; now: Date; zone: string }>;
    const answeredMs = Date.now() - started;
    const results: CheckResult[] = [{ check: 'database', status: 'ok', detail: `PostgreSQL ${version} answered in ${answeredMs} ms` }];
    results.push(await migrationsCheck(db));
    const skew = Math.abs(now.getTime() - (started + answeredMs / 2));
    results.push(
      skew > CLOCK_SKEW_WARN_MS + answeredMs
        ? { check: 'clock', status: 'warn', detail: `this machine's clock and the database's differ by ${(skew / SECOND).toFixed(1)} s: set up NTP on both` }
        : { check: 'clock', status: 'ok', detail: `this machine and the database agree within ${Math.max(1, Math.round(skew))} ms (database time zone ${zone})` },
    );
    return results;
  } catch (error) {
    return [failed('database', error)];
  } finally {
    if (db.isInitialized) await db.destroy();
  }
}

async function migrationsCheck(db: DataSource): Promise<CheckResult> {
  const known = new Set(db.migrations.map((migration) => migration.name ?? migration.constructor.name));
  // A database no Spis has started on yet has no migrations table.
  const [{ table }] = (await db.query(`SELECT to_regclass('schema_migrations') IS NOT NULL AS table`)) as Array<{ table: boolean }>;
  const applied = table ? ((await db.query(`SELECT name FROM schema_migrations ORDER BY id`)) as Array<{ name: string }>).map((row) => row.name) : [];
  const pending = [...known].filter((name) => !applied.includes(name));
  const unknown = applied.filter((name) => !known.has(name));
  if (unknown.length > 0) return { check: 'migrations', status: 'fail', detail: `the database has migrations this version does not know (${unknown.join(', ')}): it was used by a newer Spis` };
  if (pending.length > 0) return { check: 'migrations', status: 'warn', detail: `${pending.length} not applied yet (${pending.join(', ')}): the next start applies them` };
  return { check: 'migrations', status: 'ok', detail: `all ${applied.length} applied` };
}

async function storageCheck(settings: RuntimeSettings): Promise<CheckResult> {
  const { endPoint, port, useSSL, accessKey, secretKey, bucket } = settings.storage;
  const where = `${useSSL ? 'https' : 'http'}://${endPoint}:${port}, bucket "${bucket}"`;
  try {
    const client = new Client({ endPoint, port, useSSL, accessKey, secretKey, pathStyle: true });
    const exists = await within(client.bucketExists(bucket), 'S3');
    return exists ? { check: 'storage', status: 'ok', detail: `${where} reachable` } : { check: 'storage', status: 'warn', detail: `${where}: the bucket does not exist yet (the server creates it at start)` };
  } catch (error) {
    return failed('storage', new Error(`${where}: ${error instanceof Error ? error.message : String(error)}`));
  }
}

async function diskCheck(dataDir: string): Promise<CheckResult> {
  try {
    const disk = await statfs(resolve(dataDir));
    const free = disk.bavail * disk.bsize;
    const share = disk.bavail / disk.blocks;
    const detail = `${(free / GiB).toFixed(1)} GiB free (${Math.round(share * 100)} %) under ${resolve(dataDir)}`;
    if (free < GiB) return { check: 'disk', status: 'fail', detail: `${detail}: PostgreSQL stops writing when the disk fills` };
    if (free < 5 * GiB || share < 0.1) return { check: 'disk', status: 'warn', detail };
    return { check: 'disk', status: 'ok', detail };
  } catch (error) {
    return failed('disk', error);
  }
}

function timeZoneCheck(): CheckResult {
  // Deadlines and the books' dates are Belgrade dates whatever the machine's zone: that needs ICU's zone data.
  try {
    const belgrade = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Belgrade', timeZoneName: 'short' }).formatToParts(new Date()).find((part) => part.type === 'timeZoneName')?.value;
    return { check: 'time zone', status: 'ok', detail: `dates are kept in Europe/Belgrade (${belgrade} now); this machine runs in ${Intl.DateTimeFormat().resolvedOptions().timeZone}` };
  } catch (error) {
    return failed('time zone', error);
  }
}
