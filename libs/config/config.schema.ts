import { plainToInstance, Transform, Type } from 'class-transformer';
import { parseAddressList } from './address-list.js';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, Validate, validateSync, ValidatorConstraint, type ValidatorConstraintInterface } from 'class-validator';
import { validateCronExpression } from 'cron';

const toBoolean = ({ value }: { value: unknown }) => {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'boolean') return value;
  const text = String(value).toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(text)) return true;
  if (['false', '0', 'no', 'off'].includes(text)) return false;
  return value; // left as is, so IsBoolean reports it
};

@ValidatorConstraint({ name: 'cronExpression' })
class IsCronExpression implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && validateCronExpression(value).valid;
  }

  defaultMessage(): string {
    return '$property must be a cron expression, seconds first (e.g. "0 30 2 * * *" for 02:30 each day)';
  }
}

/**
 * Every setting Spis reads from the environment. Validated once at start-up: a wrong value stops
 * the process with a message naming the variable, instead of failing later in a request.
 */
export class SpisConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Type(() => Number) @IsInt() @Min(0) @Max(65535)
  PORT = 3000;

  /** Where the embedded PostgreSQL and S3 keep their data, the JWT secret file, and so on. */
  @IsString()
  DATA_DIR = '.data';

  /** External PostgreSQL; when unset an embedded PostgreSQL is started under DATA_DIR. */
  @IsOptional() @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  @Type(() => Number) @IsInt() @Min(1) @Max(65535)
  EMBEDDED_PG_PORT = 54329;

  @Type(() => Number) @IsInt() @Min(1) @Max(500)
  DATABASE_POOL_SIZE = 20;

  /** External MinIO / S3 host; when unset an embedded S3 endpoint is started under DATA_DIR. */
  @IsOptional() @IsString() @MinLength(1)
  MINIO_ENDPOINT?: string;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(65535)
  MINIO_PORT?: number;

  @IsOptional() @Transform(toBoolean) @IsBoolean()
  MINIO_USE_SSL?: boolean;

  @IsOptional() @IsString()
  MINIO_ACCESS_KEY?: string;

  @IsOptional() @IsString()
  MINIO_SECRET_KEY?: string;

  @IsString() @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { message: 'MINIO_BUCKET must be a valid S3 bucket name' })
  MINIO_BUCKET = 'spis';

  @Type(() => Number) @IsInt() @Min(0) @Max(65535)
  EMBEDDED_S3_PORT = 54330;

  /**
   * Largest attachment accepted, in bytes (200 MiB by default); a bigger upload is refused with 413
   * while it arrives. At most 10,000 parts of 5 MiB, what an S3 multipart upload can hold.
   */
  @Type(() => Number) @IsInt() @Min(1) @Max(10_000 * 5 * 1024 * 1024)
  SPIS_MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

  /** Largest PDF the reception stamp is drawn on (stamping holds the whole PDF in memory). */
  @Type(() => Number) @IsInt() @Min(1024) @Max(1024 * 1024 * 1024)
  SPIS_MAX_STAMP_BYTES = 50 * 1024 * 1024;

  /** Signs access tokens. Required in production; elsewhere generated once and kept in DATA_DIR. */
  @IsOptional() @IsString() @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @Type(() => Number) @IsInt() @Min(30) @Max(86400)
  JWT_ACCESS_TTL_SECONDS = 900;

  @Type(() => Number) @IsInt() @Min(1) @Max(365)
  JWT_REFRESH_TTL_DAYS = 30;

  @Type(() => Number) @IsInt() @Min(1) @Max(100)
  LOGIN_MAX_FAILURES = 5;

  @Type(() => Number) @IsInt() @Min(10) @Max(86400)
  LOGIN_FAILURE_WINDOW_SECONDS = 900;

  /** Creates the demo units, users and data on first start. Defaults to on with embedded PostgreSQL. */
  @IsOptional() @Transform(toBoolean) @IsBoolean()
  SPIS_DEMO?: boolean;

  /**
   * A new installation without demo data has no users: when both are set and no user exists yet,
   * start-up creates this administrator. Change the password after the first sign-in.
   */
  @IsOptional() @Matches(/^[a-z0-9][a-z0-9._-]{1,63}$/, { message: 'SPIS_INITIAL_ADMIN_USERNAME must be 2–64 lower-case letters, digits, dots, dashes or underscores' })
  SPIS_INITIAL_ADMIN_USERNAME?: string;

  @IsOptional() @IsString() @MinLength(10, { message: 'SPIS_INITIAL_ADMIN_PASSWORD must be at least 10 characters' })
  SPIS_INITIAL_ADMIN_PASSWORD?: string;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';

  /**
   * `json`: one JSON line per event, for a log collector. `pretty`: one readable line per event and
   * the address and demo users at the end of start-up, for a person. `auto`: pretty when stdout is a
   * terminal, JSON otherwise.
   */
  @IsIn(['auto', 'json', 'pretty'])
  LOG_FORMAT: 'auto' | 'json' | 'pretty' = 'auto';

  /** Name of the authority printed on receipts, cover sheets and books (in the script it is written in). */
  @IsString() @Matches(/\S/, { message: 'SPIS_AUTHORITY_NAME must not be blank' }) @MaxLength(200)
  SPIS_AUTHORITY_NAME = 'Opštinska uprava opštine Demo';

  /**
   * `/metrics` (Prometheus text format) answers a scraper that sends `Authorization: Bearer <token>`
   * with this token, or one calling from METRICS_ALLOW. With neither set, metrics are off (404).
   */
  @IsOptional() @IsString() @MinLength(16, { message: 'METRICS_TOKEN must be at least 16 characters' })
  METRICS_TOKEN?: string;

  /** Addresses and networks that may scrape `/metrics` without the token: `10.0.5.7,10.1.0.0/16,::1`. */
  @IsOptional() @IsString()
  METRICS_ALLOW?: string;

  /**
   * Where `spis backup` writes (a folder, ideally on another disk or a mounted share) and where the
   * embedded PostgreSQL archives its WAL. Unset: `<DATA_DIR>/backups`, which guards against mistakes
   * but not against losing the disk.
   */
  @IsOptional() @IsString() @MinLength(1)
  BACKUP_TARGET?: string;

  /** The hour (0–23, Europe/Belgrade) of the daily backup the scheduler runs. */
  @Type(() => Number) @IsInt() @Min(0) @Max(23)
  BACKUP_HOUR = 2;

  /** Retention: the newest backup of each of the last N days, ISO weeks and months is kept; the rest is removed. */
  @Type(() => Number) @IsInt() @Min(1) @Max(366)
  BACKUP_KEEP_DAILY = 14;

  @Type(() => Number) @IsInt() @Min(0) @Max(520)
  BACKUP_KEEP_WEEKLY = 8;

  @Type(() => Number) @IsInt() @Min(0) @Max(240)
  BACKUP_KEEP_MONTHLY = 12;

  /**
   * The embedded PostgreSQL hands a WAL segment to the archive at the latest this many seconds after
   * a write: the most work a lost disk can take with it since the last archived segment.
   */
  @Type(() => Number) @IsInt() @Min(10) @Max(86400)
  BACKUP_WAL_SECONDS = 300;

  /**
   * When the attachment sweep runs (cron, seconds first, Belgrade time): by default 02:30 each night.
   * One node of those sharing the database runs it (libs/scheduling).
   */
  @IsString() @Validate(IsCronExpression)
  ATTACHMENT_SWEEP_SCHEDULE = '0 30 2 * * *';

  get demoMode(): boolean {
    return this.SPIS_DEMO ?? this.DATABASE_URL === undefined;
  }
}

export class ConfigValidationError extends Error {}

/** Parses and validates the environment; throws one error listing every wrong variable. */
export function validateConfig(env: Record<string, unknown>): SpisConfig {
  // An empty variable means "not set", as in most deployment tools.
  const relevant = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const config = plainToInstance(SpisConfig, relevant, { exposeDefaultValues: true });
  const problems = validateSync(config, { skipMissingProperties: false }).flatMap((error) =>
    Object.values(error.constraints ?? {}).map((message) => `  - ${error.property}: ${message}`),
  );
  if (config.NODE_ENV === 'production' && !config.JWT_SECRET) {
    problems.push('  - JWT_SECRET: required when NODE_ENV=production');
  }
  if (config.MINIO_ENDPOINT && (!config.MINIO_ACCESS_KEY || !config.MINIO_SECRET_KEY)) {
    problems.push('  - MINIO_ACCESS_KEY / MINIO_SECRET_KEY: required when MINIO_ENDPOINT is set');
  }
  if (config.METRICS_ALLOW) {
    try {
      parseAddressList('METRICS_ALLOW', config.METRICS_ALLOW);
    } catch (error) {
      problems.push(`  - ${(error as Error).message}`);
    }
  }
  if (problems.length > 0) {
    throw new ConfigValidationError(`Spis cannot start: invalid configuration\n${problems.join('\n')}`);
  }
  return config;
}
