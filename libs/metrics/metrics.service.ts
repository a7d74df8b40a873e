import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';

/** What node-postgres's pool tells of itself. */
interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * The process's measurements, in one registry of its own (not prom-client's global one, so several
 * applications in one test process keep theirs apart). Names follow Prometheus' conventions:
 * `spis_` prefix, `_total` for counters, base units (seconds, bytes).
 */
@Injectable()
export class Metrics implements OnModuleDestroy {
  readonly registry = new Registry();

  readonly requests = new Counter({ name: 'spis_http_requests_total', help: 'HTTP requests answered, by method, route template and status', labelNames: ['method', 'route', 'status'] as const, registers: [this.registry] });
  readonly requestSeconds = new Histogram({
    name: 'spis_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method and route template',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly registrations = new Counter({ name: 'spis_case_registrations_total', help: 'Cases registered (given a case number)', registers: [this.registry] });
  readonly uploads = new Counter({ name: 'spis_attachment_uploads_total', help: 'Files stored as attachments or new versions', registers: [this.registry] });
  readonly uploadBytes = new Counter({ name: 'spis_attachment_upload_bytes_total', help: 'Bytes received in stored uploads (the request bodies)', registers: [this.registry] });
  readonly signInFailures = new Counter({ name: 'spis_sign_in_failures_total', help: 'Sign-ins refused (wrong user name or password, disabled user)', registers: [this.registry] });
  readonly jobRuns = new Counter({ name: 'spis_job_runs_total', help: 'Scheduled job runs, by job and outcome', labelNames: ['job', 'outcome'] as const, registers: [this.registry] });
  readonly jobLastSuccess = new Gauge({ name: 'spis_job_last_success_timestamp_seconds', help: 'When each scheduled job last ended well (Unix time)', labelNames: ['job'] as const, registers: [this.registry] });

  constructor(@InjectDataSource() dataSource: DataSource) {
    collectDefaultMetrics({ register: this.registry, prefix: 'spis_' });
    // Read at each scrape: how many of the pool's connections work, and how many requests wait for one.
    const pool = () => (dataSource.driver as unknown as { master?: PoolCounts }).master;
    new Gauge({ name: 'spis_db_pool_connections_in_use', help: 'Database connections of this process checked out', registers: [this.registry], collect() { const p = pool(); this.set(p ? p.totalCount - p.idleCount : 0); } });
    new Gauge({ name: 'spis_db_pool_connections_idle', help: 'Database connections of this process open and idle', registers: [this.registry], collect() { this.set(pool()?.idleCount ?? 0); } });
    new Gauge({ name: 'spis_db_pool_waiting_requests', help: 'Requests of this process waiting for a database connection', registers: [this.registry], collect() { this.set(pool()?.waitingCount ?? 0); } });
  }

  /** Runs a scheduled job, counting its run and outcome; a failure is counted and rethrown. */
  async job<T>(name: string, work: () => Promise<T>): Promise<T> {
    try {
      const result = await work();
      this.jobRuns.inc({ job: name, outcome: 'success' });
      this.jobLastSuccess.set({ job: name }, Date.now() / 1000);
      return result;
    } catch (error) {
      this.jobRuns.inc({ job: name, outcome: 'failure' });
      throw error;
    }
  }

  onModuleDestroy(): void {
    this.registry.clear();
  }
}
