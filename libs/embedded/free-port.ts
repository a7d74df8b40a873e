import { createServer } from 'node:net';

/** A TCP port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Refuses a port another program listens on, naming the setting that chooses it. A server's own
 * listen error arrives as an 'error' event some libraries (s3rver) leave unhandled, which would end
 * the process without a word.
 */
export function assertPortFree(port: number, host: string | undefined, setting: string, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `port ${port} for ${what} is taken by another program: set ${setting} to a free port`
            : `${what} cannot listen on port ${port} (${error.code ?? error.message}): check ${setting}`,
        ),
      ),
    );
    // No host: every address, as the HTTP server itself will listen.
    server.listen({ port, host }, () => server.close(() => resolve()));
  });
}
