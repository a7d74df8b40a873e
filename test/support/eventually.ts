/**
 * Retries `check` until it stops throwing (an `expect` inside it passes) and returns its value;
 * after `timeoutMs` the last failure is thrown. For what the application finishes on its own after
 * a request (a broken-off upload cleaned up, a background step): the test waits exactly as long as
 * that takes, instead of a fixed sleep that is too short on a busy machine and too long on an idle one.
 */
export async function eventually<T>(check: () => T | Promise<T>, timeoutMs = 10_000, intervalMs = 20): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
