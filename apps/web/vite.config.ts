import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const apiPort = process.env.PORT ?? '3000';

/**
 * The registers' label catalogs (libs/registers/<name>/*-labels.ts, plain data in every language)
 * import `registerLabels` through their shared barrel, which also exports server-only code (Nest
 * modules, PDF writers). The browser build takes that one function from its own file instead.
 */
function registerLabelsOnly(): Plugin {
  const labelsFile = fileURLToPath(new URL('../../libs/registers/shared/register-labels.ts', import.meta.url));
  return {
    name: 'spis-register-labels-only',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === '../shared/index.js' && importer && /libs[\\/]registers[\\/][^\\/]+[\\/][^\\/]+-labels\.ts$/.test(importer)) return labelsFile;
      return null;
    },
  };
}

/**
 * The clerks' web application. `npm run dev` serves it with hot reload and forwards /api to the API
 * on PORT; `npm run build:web` writes apps/web/dist, which the API serves at `/`.
 */
export default defineConfig({
  root: here,
  base: '/',
  plugins: [registerLabelsOnly()],
  // Vite 8 transforms TSX with oxc; React 17+ JSX needs no import.
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // Mantine marks its modules "use client" for React Server Components; meaningless in a plain SPA.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      output: {
        // The libraries every screen uses change far less often than the screens: one long-cached
        // chunk. Others (charts) go with the screens that use them.
        codeSplitting: {
          groups: [{ name: 'vendor', test: /node_modules[\\/](react|react-dom|scheduler|react-router|@mantine[\\/](core|hooks|dates|notifications|store)|@floating-ui|@tanstack|i18next|react-i18next|dayjs|openapi-fetch|clsx|react-remove-scroll|react-number-format|react-textarea-autosize|tslib)[\\/]/ }],
        },
      },
    },
  },
  server: {
    port: 5173,
    // The app imports the shared transliteration and message catalogs from libs/.
    fs: { allow: [repoRoot] },
    proxy: { '/api': { target: `http://127.0.0.1:${apiPort}`, changeOrigin: false } },
  },
});
