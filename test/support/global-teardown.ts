import { stopTestServices } from './test-services.js';

export default async function globalTeardown(): Promise<void> {
  await stopTestServices();
}
