import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { validateConfig } from '../../libs/config/index.js';
import { Metrics } from '../../libs/metrics/index.js';
import type { RuntimeSettings } from '../../libs/runtime/index.js';
import { SingleNode } from '../../libs/scheduling/index.js';
import { BASE_TEMPLATE_DATABASE } from '../support/test-services.js';
import { databaseFrom, type TestDatabase } from '../support/test-database.js';

/** Three nodes' SingleNode on one database, as three API processes would have them. */
describe('SingleNode: one node of several runs each scheduled job', () => {
  let database: TestDatabase;
  let nodes: SingleNode[];
  beforeAll(async () => {
    Logger.overrideLogger(false);
    database = await databaseFrom(BASE_TEMPLATE_DATABASE);
  });
  afterAll(() => database.drop());

  const node = () => {
    const settings = { databaseUrl: database.url, config: validateConfig({ DATABASE_URL: database.url }) } as RuntimeSettings;
    return new SingleNode(settings, new Metrics({ driver: {} } as DataSource), new SchedulerRegistry());
  };
  const startNodes = () => (nodes = [node(), node(), node()]);
  afterEach(async () => {
    for (const each of nodes) await each.onModuleDestroy();
  });

  /** Every node fires the job at once; which of them did the work. */
  async function fireEverywhere(job: string): Promise<number[]> {
    const ran: number[] = [];
    await Promise.all(nodes.map((each, index) => each.run(job, async () => void ran.push(index))));
    return ran;
  }

  it('a firing on three nodes runs the job once, and later firings on the same node, however their clocks differ', async () => {
    startNodes();
    const [first] = await fireEverywhere('sweep');
    expect(await fireEverywhere('sweep')).toEqual([first]);
    // A node whose clock runs late fires after the winner has finished: still not a second run.
    for (const [index, each] of nodes.entries()) if (index !== first) expect(await each.run('sweep', async () => 'ran')).toBeUndefined();
    // Another job is elected on its own.
    expect(await fireEverywhere('backup')).toHaveLength(1);
  });

  it('when the node running a job stops, or loses its connection, the next firing elects another', async () => {
    startNodes();
    const [first] = await fireEverywhere('sweep');
    await nodes[first].onModuleDestroy();
    nodes.splice(first, 1);
    const [second] = await fireEverywhere('sweep');
    expect(second).toBeDefined();

    // PostgreSQL ends the winner's session (a restart, a network cut): its lock goes with it.
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'spis scheduled jobs' AND pid IN (SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND objid = hashtext('sweep')::oid)`);
    await admin.end();
    const ran = await (async () => {
      for (let attempt = 0; attempt < 20; attempt++) {
        const which = await fireEverywhere('sweep');
        if (which.length > 0) return which;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return [];
    })();
    expect(ran).toHaveLength(1);
  });

  it('counts the runs of the elected node in its metrics, and a failed run as a failure without throwing', async () => {
    startNodes();
    const metrics = new Metrics({ driver: {} } as DataSource);
    const settings = { databaseUrl: database.url, config: validateConfig({ DATABASE_URL: database.url }) } as RuntimeSettings;
    const counted = new SingleNode(settings, metrics, new SchedulerRegistry());
    nodes.push(counted);
    expect(await counted.run('counted', async () => 'done')).toBe('done');
    expect(await counted.run('counted', async () => Promise.reject(new Error('storage gone')))).toBeUndefined();
    const text = await metrics.registry.metrics();
    expect(text).toContain('spis_job_runs_total{job="counted",outcome="success"} 1');
    expect(text).toContain('spis_job_runs_total{job="counted",outcome="failure"} 1');
  });
});
