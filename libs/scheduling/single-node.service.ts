import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CronJob } from 'cron';
import pg from 'pg';
import { Metrics } from '../metrics/index.js';
import { RUNTIME_SETTINGS, type RuntimeSettings } from '../runtime/index.js';

/** The first key of every job lock ('SPIS'), so a job's lock never meets another advisory lock of Spis. */
const JOB_LOCK_SPACE = 0x53504953;
/** Scheduled jobs run on the municipality's clock, whatever the server's time zone. */
const TIME_ZONE = 'Europe/Belgrade';

/**
 * Scheduled jobs run on one node of several sharing a database: the node holding the job's
 * PostgreSQL advisory lock. The lock is session-level, taken on a connection of its own and kept:
 * the node that wins a job keeps it at every later firing, so nodes whose clocks differ by a second
 * cannot run the same firing one after the other. When that node dies, its connection closes, the
 * lock is released, and the next firing elects another node.
 */
@Injectable()
export class SingleNode implements OnModuleDestroy {
  private readonly logger = new Logger(SingleNode.name);
  private connection?: Promise<pg.Client>;
  private readonly jobs = new Map<string, () => Promise<unknown>>();

  constructor(
    @Inject(RUNTIME_SETTINGS) private readonly settings: RuntimeSettings,
    private readonly metrics: Metrics,
    private readonly scheduler: SchedulerRegistry,
  ) {}

  /**
   * Runs `work` as the job `name` when this node holds, or can take, the job's lock; counted by
   * `Metrics.job`. Resolves to the work's result, or undefined when another node holds the job or
   * the work failed (logged: a scheduled job has no caller to tell).
   */
  async run<T>(name: string, work: () => Promise<T>): Promise<T | undefined> {
    let elected: boolean;
    try {
      elected = await this.holds(name);
    } catch (error) {
      this.logger.warn({ job: name, err: (error as Error).message }, 'scheduled job skipped: its lock could not be asked for');
      return undefined;
    }
    if (!elected) {
      this.logger.debug({ job: name }, 'scheduled job left to the node that holds it');
      return undefined;
    }
    try {
      return await this.metrics.job(name, work);
    } catch (error) {
      this.logger.error({ job: name, err: (error as Error).message }, 'scheduled job failed');
      return undefined;
    }
  }

  /** Runs `work` at `cronTime` (seconds first: `0 30 2 * * *`, Belgrade time) on one node: `run` at each firing. */
  schedule(name: string, cronTime: string, work: () => Promise<unknown>): void {
    this.jobs.set(name, work);
    const job = CronJob.from({ cronTime, timeZone: TIME_ZONE, onTick: async () => void (await this.fire(name)) });
    this.scheduler.addCronJob(name, job);
    job.start();
  }

  /** A scheduled job's firing now, election included: what the schedule does at its time (tests, operators' tools). */
  fire(name: string): Promise<unknown> {
    const work = this.jobs.get(name);
    if (!work) throw new Error(`no scheduled job named "${name}"`);
    return this.run(name, work);
  }

  /** Whether this node holds the job's lock, taking it when free. One round trip, which also proves the connection alive. */
  private async holds(name: string): Promise<boolean> {
    const client = await this.dedicatedConnection();
    const { rows } = await client.query<{ held: boolean }>(
      `SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND granted
                                   AND classid = $1::int::oid AND objid = hashtext($2)::oid AND objsubid = 2)
              THEN true ELSE pg_try_advisory_lock($1, hashtext($2)) END AS held`,
      [JOB_LOCK_SPACE, name],
    );
    return rows[0].held;
  }

  /** Outside the pool, so a busy pool never takes it back; dropped on error, and with it every lock it held. */
  private dedicatedConnection(): Promise<pg.Client> {
    this.connection ??= (async () => {
      const client = new pg.Client({ connectionString: this.settings.databaseUrl, connectionTimeoutMillis: 5000, application_name: 'spis scheduled jobs' });
      client.on('error', (error) => {
        this.logger.warn({ err: error.message }, 'the scheduled jobs\' database connection broke: the next firing elects a node again');
        this.forget(client);
      });
      try {
        await client.connect();
      } catch (error) {
        this.forget(client);
        throw error;
      }
      return client;
    })();
    return this.connection;
  }

  private forget(client: pg.Client): void {
    this.connection = undefined;
    void client.end().catch(() => undefined);
  }

  async onModuleDestroy(): Promise<void> {
    const connection = this.connection;
    this.connection = undefined;
    await connection?.then((client) => client.end()).catch(() => undefined);
  }
}
