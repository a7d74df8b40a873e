import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BackupService, DAILY_BACKUP_JOB } from '../libs/backup/index.js';
import { SingleNode } from '../libs/scheduling/index.js';
import { registerCase } from './support/case-flow.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const TOKEN = 'scrape-token-for-the-test-0123456789';

/** One sample's value from the text format, or undefined when the series is not there. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('/metrics for Prometheus', () => {
  describe('with a token and an allowed network', () => {
    let spis: TestApp;
    let backupTarget: string;
    beforeAll(async () => {
      backupTarget = await mkdtemp(join(tmpdir(), 'spis-backups-'));
      spis = await startTestApp({ env: { METRICS_TOKEN: TOKEN, METRICS_ALLOW: '10.20.0.0/16', BACKUP_TARGET: backupTarget } });
    });
    afterAll(async () => {
      await spis.close();
      await rm(backupTarget, { recursive: true, force: true });
    });
    const scrape = async () => {
      const response = await spis.http.get('/metrics').set('Authorization', `Bearer ${TOKEN}`).expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
      return response.text;
    };

    it('answers only the token or the allowed network, with a stable code otherwise', async () => {
      const anonymous = await spis.http.get('/metrics').expect(403);
      expect(anonymous.body).toMatchObject({ code: 'METRICS_FORBIDDEN' });
      await spis.http.get('/metrics').set('Authorization', `Bearer ${TOKEN.slice(0, -1)}x`).expect(403);
      // A user's access token is not the scrape token.
      const { accessToken } = await spis.login('admin');
      await spis.http.get('/metrics').set('Authorization', `Bearer ${accessToken}`).expect(403);
      // Behind the local reverse proxy the client's address is the forwarded one.
      await spis.http.get('/metrics').set('X-Forwarded-For', '10.20.30.40').expect(200);
      await spis.http.get('/metrics').set('X-Forwarded-For', '10.21.0.1').expect(403);
      await scrape();
    });

    it('counts requests by route template, registrations, uploads with their bytes, and refused sign-ins', async () => {
      const before = await scrape();
      const registered = await registerCase(spis);
      const registry = await spis.as('registry');
      await registry.get(`/api/cases/${registered.id}`).expect(200);
      const file = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(20_000, 32), Buffer.from('\n%%EOF\n')]);
      await registry.post(`/api/cases/${registered.id}/attachments`).attach('file', file, 'prilog.pdf').expect(201);
      await spis.http.post('/api/auth/login').send({ username: 'registry', password: 'wrong-password' }).expect(401);
      const after = await scrape();

      const delta = (series: string) => (sample(after, series) ?? 0) - (sample(before, series) ?? 0);
      expect(delta('spis_case_registrations_total')).toBe(1);
      expect(delta('spis_attachment_uploads_total')).toBe(1);
      expect(delta('spis_attachment_upload_bytes_total')).toBeGreaterThan(file.length);
      expect(delta('spis_attachment_upload_bytes_total')).toBeLessThan(file.length + 1_000);
      expect(delta('spis_sign_in_failures_total')).toBe(1);
      expect(delta('spis_http_requests_total{method="GET",route="/api/cases/:id",status="200"}')).toBe(1);
      expect(sample(after, 'spis_http_request_duration_seconds_count{method="POST",route="/api/cases"}')).toBeGreaterThanOrEqual(1);
      // One series per route, never per record: no case id in any label.
      expect(after).not.toContain(registered.id);
      expect(sample(after, 'spis_db_pool_connections_in_use')).toBeGreaterThanOrEqual(0);
      expect(sample(after, 'spis_db_pool_waiting_requests')).toBe(0);
      expect(sample(after, 'spis_process_resident_memory_bytes')).toBeGreaterThan(0);
    });

    it('counts scheduled job runs and the time of the last good one', async () => {
      await spis.app.get(SingleNode).fire('attachment-sweep');
      const text = await scrape();
      expect(sample(text, 'spis_job_runs_total{job="attachment-sweep",outcome="success"}')).toBe(1);
      expect(sample(text, 'spis_job_last_success_timestamp_seconds{job="attachment-sweep"}')).toBeGreaterThan(Date.now() / 1000 - 60);
    });

    it('runs the daily backup as a scheduled job, and shows the last backup\'s time', async () => {
      expect(sample(await scrape(), 'spis_backup_last_success_timestamp_seconds')).toBe(0);
      await spis.app.get(SingleNode).fire(DAILY_BACKUP_JOB);
      const [last] = await spis.app.get(BackupService).list();
      expect(last).toBeDefined();
      const text = await scrape();
      expect(sample(text, `spis_job_runs_total{job="${DAILY_BACKUP_JOB}",outcome="success"}`)).toBe(1);
      expect(sample(text, 'spis_backup_last_success_timestamp_seconds')).toBe(new Date(last!.finishedAt).getTime() / 1000);
    });
  });

  it('is off without a token or addresses: 404 with a code saying how to switch it on', async () => {
    const spis = await startTestApp();
    try {
      const response = await spis.http.get('/metrics').set('X-Forwarded-For', '127.0.0.1').expect(404);
      expect(response.body).toMatchObject({ code: 'METRICS_DISABLED', detail: expect.stringContaining('METRICS_TOKEN') });
    } finally {
      await spis.close();
    }
  });
});
