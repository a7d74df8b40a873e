import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';

import { ConfigValidationError, SpisConfig, validateConfig } from './config.schema.js';

const DB = 'postgres://spis:spis@db.example:5432/spis';
const SECRET = 'x'.repeat(32);

/** The refusal's message for `env`; fails the test if `env` is accepted or the error is of another kind. */
function refusal(env: Record<string, unknown>): string {
  try {
    validateConfig(env);
  } catch (error) {
    if (error instanceof ConfigValidationError) return error.message;
    throw error;
  }
  throw new Error(`validateConfig accepted ${JSON.stringify(env)}`);
}

/** The variables a refusal names, one per "  - NAME: message" line, each once, sorted. */
const named = (message: string) => [...new Set([...message.matchAll(/^ {2}- (.+?): /gm)].map((m) => m[1]))].sort();

describe('validateConfig', () => {
  describe('defaults', () => {
    it('accepts an empty environment and fills in the defaults', () => {
      const config = validateConfig({});
      expect(config).toBeInstanceOf(SpisConfig);
      expect(config).toMatchObject({
        NODE_ENV: 'development',
        PORT: 3000,
        DATA_DIR: '.data',
        EMBEDDED_PG_PORT: 54329,
        DATABASE_POOL_SIZE: 20,
        MINIO_BUCKET: 'spis',
        EMBEDDED_S3_PORT: 54330,
        SPIS_MAX_UPLOAD_BYTES: 200 * 1024 * 1024,
        JWT_ACCESS_TTL_SECONDS: 900,
        JWT_REFRESH_TTL_DAYS: 30,
        LOG_LEVEL: 'info',
        LOG_FORMAT: 'auto',
        BACKUP_HOUR: 2,
        BACKUP_KEEP_DAILY: 14,
        BACKUP_KEEP_WEEKLY: 8,
        BACKUP_KEEP_MONTHLY: 12,
        BACKUP_WAL_SECONDS: 300,
      });
      expect(config.BACKUP_TARGET).toBeUndefined();
      expect(config.DATABASE_URL).toBeUndefined();
      expect(config.JWT_SECRET).toBeUndefined();
      expect(config.MINIO_ENDPOINT).toBeUndefined();
    });

    it.each<[string, Record<string, unknown>, boolean]>([
      ['embedded PostgreSQL (no DATABASE_URL)', {}, true],
      ['an external DATABASE_URL', { DATABASE_URL: DB }, false],
      ['SPIS_DEMO=false without DATABASE_URL', { SPIS_DEMO: 'false' }, false],
      ['SPIS_DEMO=true with DATABASE_URL', { SPIS_DEMO: 'true', DATABASE_URL: DB }, true],
      ['SPIS_DEMO=1', { SPIS_DEMO: '1', DATABASE_URL: DB }, true],
      ['SPIS_DEMO=yes', { SPIS_DEMO: 'yes', DATABASE_URL: DB }, true],
      ['SPIS_DEMO=ON', { SPIS_DEMO: 'ON', DATABASE_URL: DB }, true],
      ['SPIS_DEMO=0', { SPIS_DEMO: '0' }, false],
      ['SPIS_DEMO=off', { SPIS_DEMO: 'off' }, false],
      ['SPIS_DEMO=no', { SPIS_DEMO: 'no' }, false],
    ])('demoMode with %s is %s', (_case, env, demoMode) => {
      expect(validateConfig(env).demoMode).toBe(demoMode);
    });

    it('converts numbers and booleans from their text form', () => {
      const config = validateConfig({
        PORT: '8080',
        NODE_ENV: 'production',
        JWT_SECRET: SECRET,
        MINIO_ENDPOINT: 'minio.example',
        MINIO_PORT: '9000',
        MINIO_USE_SSL: 'true',
        MINIO_ACCESS_KEY: 'access',
        MINIO_SECRET_KEY: 'secret',
        LOG_LEVEL: 'warn',
        LOG_FORMAT: 'json',
      });
      expect(config).toMatchObject({ PORT: 8080, MINIO_PORT: 9000, MINIO_USE_SSL: true, NODE_ENV: 'production', LOG_LEVEL: 'warn', LOG_FORMAT: 'json' });
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['the default when unset', {}, 'Opštinska uprava opštine Demo'],
      ['the default when empty', { SPIS_AUTHORITY_NAME: '' }, 'Opštinska uprava opštine Demo'],
      ['a name in Latin script', { SPIS_AUTHORITY_NAME: 'Opštinska uprava Žabalj' }, 'Opštinska uprava Žabalj'],
      ['a name in Cyrillic script', { SPIS_AUTHORITY_NAME: 'Општинска управа Ђурђевац' }, 'Општинска управа Ђурђевац'],
    ])('prints as the authority %s', (_case, env, name) => {
      expect(validateConfig(env).SPIS_AUTHORITY_NAME).toBe(name);
    });

    it('ignores variables it does not know (a real process environment)', () => {
      expect(validateConfig({ PATH: '/usr/bin', HOME: '/home/spis', PORT: '4000' }).PORT).toBe(4000);
    });
  });

  describe('empty variables count as unset', () => {
    it.each<[string, Record<string, unknown>, Partial<SpisConfig>]>([
      ['PORT', { PORT: '' }, { PORT: 3000 }],
      ['LOG_LEVEL', { LOG_LEVEL: '' }, { LOG_LEVEL: 'info' }],
      ['LOG_FORMAT', { LOG_FORMAT: '' }, { LOG_FORMAT: 'auto' }],
      ['NODE_ENV', { NODE_ENV: '' }, { NODE_ENV: 'development' }],
      ['DATABASE_URL', { DATABASE_URL: '' }, { DATABASE_URL: undefined, demoMode: true }],
      ['SPIS_DEMO', { SPIS_DEMO: '', DATABASE_URL: DB }, { SPIS_DEMO: undefined, demoMode: false }],
      ['JWT_SECRET', { JWT_SECRET: '' }, { JWT_SECRET: undefined }],
      ['MINIO_ENDPOINT (so no keys are needed)', { MINIO_ENDPOINT: '' }, { MINIO_ENDPOINT: undefined }],
      ['BACKUP_TARGET (backups go under DATA_DIR)', { BACKUP_TARGET: '' }, { BACKUP_TARGET: undefined }],
      ['BACKUP_KEEP_WEEKLY', { BACKUP_KEEP_WEEKLY: '' }, { BACKUP_KEEP_WEEKLY: 8 }],
    ])('%s=""', (_name, env, expected) => {
      const config = validateConfig(env);
      for (const [key, value] of Object.entries(expected)) expect([key, config[key as keyof SpisConfig]]).toEqual([key, value]);
    });

    it('still requires JWT_SECRET in production when it is set to ""', () => {
      expect(named(refusal({ NODE_ENV: 'production', JWT_SECRET: '' }))).toEqual(['JWT_SECRET']);
    });
  });

  describe('wrong values', () => {
    it.each<[string, Record<string, unknown>, string[]]>([
      ['PORT is not a number', { PORT: 'abc' }, ['PORT']],
      ['PORT is above 65535', { PORT: '70000' }, ['PORT']],
      ['PORT is negative', { PORT: '-1' }, ['PORT']],
      ['PORT is not whole', { PORT: '3000.5' }, ['PORT']],
      ['DATABASE_URL is not PostgreSQL', { DATABASE_URL: 'mysql://x' }, ['DATABASE_URL']],
      ['DATABASE_URL has nothing after the scheme', { DATABASE_URL: 'postgres://' }, ['DATABASE_URL']],
      ['MINIO_ENDPOINT is set without keys', { MINIO_ENDPOINT: 'minio.example' }, ['MINIO_ACCESS_KEY / MINIO_SECRET_KEY']],
      ['MINIO_ENDPOINT is set without the secret key', { MINIO_ENDPOINT: 'minio.example', MINIO_ACCESS_KEY: 'a' }, ['MINIO_ACCESS_KEY / MINIO_SECRET_KEY']],
      ['MINIO_PORT is not a number', { MINIO_PORT: 'nine' }, ['MINIO_PORT']],
      ['MINIO_USE_SSL is not a boolean', { MINIO_USE_SSL: 'sometimes' }, ['MINIO_USE_SSL']],
      ['MINIO_BUCKET is not a bucket name', { MINIO_BUCKET: 'Spis_Files' }, ['MINIO_BUCKET']],
      ['JWT_SECRET is too short', { JWT_SECRET: 'x'.repeat(31) }, ['JWT_SECRET']],
      ['NODE_ENV=production has no JWT_SECRET', { NODE_ENV: 'production' }, ['JWT_SECRET']],
      ['NODE_ENV is unknown', { NODE_ENV: 'staging' }, ['NODE_ENV']],
      ['SPIS_DEMO is not a boolean', { SPIS_DEMO: 'maybe' }, ['SPIS_DEMO']],
      ['LOG_LEVEL is unknown', { LOG_LEVEL: 'loud' }, ['LOG_LEVEL']],
      ['LOG_FORMAT is unknown', { LOG_FORMAT: 'colour' }, ['LOG_FORMAT']],
      ['DATABASE_POOL_SIZE is 0', { DATABASE_POOL_SIZE: '0' }, ['DATABASE_POOL_SIZE']],
      ['JWT_ACCESS_TTL_SECONDS is too short', { JWT_ACCESS_TTL_SECONDS: '5' }, ['JWT_ACCESS_TTL_SECONDS']],
      ['SPIS_MAX_UPLOAD_BYTES is 0', { SPIS_MAX_UPLOAD_BYTES: '0' }, ['SPIS_MAX_UPLOAD_BYTES']],
      ['SPIS_MAX_UPLOAD_BYTES is more than 10,000 parts of 5 MiB', { SPIS_MAX_UPLOAD_BYTES: String(10_000 * 5 * 1024 * 1024 + 1) }, ['SPIS_MAX_UPLOAD_BYTES']],
      ['SPIS_MAX_UPLOAD_BYTES is written with a unit', { SPIS_MAX_UPLOAD_BYTES: '200MB' }, ['SPIS_MAX_UPLOAD_BYTES']],
      ['SPIS_AUTHORITY_NAME is blank', { SPIS_AUTHORITY_NAME: '   ' }, ['SPIS_AUTHORITY_NAME']],
      ['SPIS_AUTHORITY_NAME is longer than 200 characters', { SPIS_AUTHORITY_NAME: 'a'.repeat(201) }, ['SPIS_AUTHORITY_NAME']],
      ['BACKUP_HOUR is 24', { BACKUP_HOUR: '24' }, ['BACKUP_HOUR']],
      ['BACKUP_HOUR is a time of day', { BACKUP_HOUR: '02:30' }, ['BACKUP_HOUR']],
      ['BACKUP_KEEP_DAILY is 0 (the newest backup would be removed)', { BACKUP_KEEP_DAILY: '0' }, ['BACKUP_KEEP_DAILY']],
      ['BACKUP_KEEP_WEEKLY is negative', { BACKUP_KEEP_WEEKLY: '-1' }, ['BACKUP_KEEP_WEEKLY']],
      ['BACKUP_KEEP_MONTHLY is not a number', { BACKUP_KEEP_MONTHLY: 'twelve' }, ['BACKUP_KEEP_MONTHLY']],
      ['BACKUP_WAL_SECONDS is below 10 (a WAL segment of 16 MB every few seconds)', { BACKUP_WAL_SECONDS: '5' }, ['BACKUP_WAL_SECONDS']],
      ['ATTACHMENT_SWEEP_SCHEDULE is no cron expression', { ATTACHMENT_SWEEP_SCHEDULE: 'nightly at 2' }, ['ATTACHMENT_SWEEP_SCHEDULE']],
      ['ATTACHMENT_SWEEP_SCHEDULE has an hour 25', { ATTACHMENT_SWEEP_SCHEDULE: '0 30 25 * * *' }, ['ATTACHMENT_SWEEP_SCHEDULE']],
    ])('refuses the configuration when %s, naming only that variable', (_case, env, variables) => {
      const message = refusal(env);
      expect(message).toMatch(/^Spis cannot start: invalid configuration\n/);
      expect(named(message)).toEqual(variables);
    });

    it('accepts a JWT_SECRET of exactly 32 characters', () => {
      expect(validateConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET }).JWT_SECRET).toBe(SECRET);
    });

    it('says what is wrong, not only where', () => {
      expect(refusal({ DATABASE_URL: 'mysql://x' })).toContain('DATABASE_URL must be a postgres:// URL');
      expect(refusal({ JWT_SECRET: 'short' })).toContain('JWT_SECRET must be at least 32 characters');
      expect(refusal({ NODE_ENV: 'production' })).toContain('required when NODE_ENV=production');
    });

    it('lists every wrong variable at once', () => {
      const message = refusal({
        PORT: 'abc',
        DATABASE_URL: 'mysql://x',
        MINIO_ENDPOINT: 'minio.example',
        SPIS_DEMO: 'maybe',
        LOG_LEVEL: 'loud',
        NODE_ENV: 'production',
      });
      expect(named(message)).toEqual(
        ['DATABASE_URL', 'JWT_SECRET', 'LOG_LEVEL', 'MINIO_ACCESS_KEY / MINIO_SECRET_KEY', 'PORT', 'SPIS_DEMO'].sort(),
      );
    });

    it('refuses a too-short JWT_SECRET in production as too short, not as missing', () => {
      const message = refusal({ NODE_ENV: 'production', JWT_SECRET: 'short' });
      expect(message).toContain('at least 32 characters');
      expect(message).not.toContain('required when NODE_ENV=production');
    });

    it.each([
      ['10.0.0.0/8, 192.168.1.7', undefined],
      ['::1,fd00::/8', undefined],
      ['10.0.0.0/33', '"10.0.0.0/33" is not an IP address or network'],
      ['999.1.1.1', '"999.1.1.1" is not an IP address or network'],
      ['10.0.0.1,prometheus.internal', '"prometheus.internal" is not an IP address or network'],
    ])('METRICS_ALLOW=%s: addresses and networks only, a wrong entry named', (value, problem) => {
      if (problem === undefined) expect(() => validateConfig({ METRICS_ALLOW: value })).not.toThrow();
      else expect(refusal({ METRICS_ALLOW: value })).toContain(`METRICS_ALLOW: ${problem}`);
    });

    it('refuses a METRICS_TOKEN a scraper could guess', () => {
      expect(refusal({ METRICS_TOKEN: 'short' })).toContain('METRICS_TOKEN must be at least 16 characters');
    });
  });
});
