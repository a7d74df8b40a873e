import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { buildWebApp } from './browser.js';

const TOKEN = 'scrape-token-for-the-web-test-012345';

/**
 * With the web app built (as `npm start` builds it), every page address outside the API gets the
 * web app's index.html — except the routes Nest serves beside `/api`: a scraper asking for
 * `/metrics` got the web app's HTML instead of the metrics when the build was there.
 */
describe('the built web app beside the API', () => {
  let spis: TestApp;
  beforeAll(async () => {
    await buildWebApp();
    spis = await startTestApp({ env: { METRICS_TOKEN: TOKEN } });
  }, 180_000);
  afterAll(() => spis.close());

  it('serves index.html for a client-side route, and /metrics from the API', async () => {
    const page = await spis.http.get('/cases/some-case').expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const metrics = await spis.http.get('/metrics').set('Authorization', `Bearer ${TOKEN}`).expect(200);
    expect(metrics.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(metrics.text).toContain('spis_http_requests_total');
    await spis.http.get('/metrics').expect(403);
  });
});
