/**
 * Library boundaries, checked by `npm run lint:deps` (dependency-cruiser) in CI.
 *
 * A library is a folder of libs/ (each register under libs/registers/ is one too). The graph of which
 * library may import which is declared below as data; loading this file fails when that graph has a
 * cycle, so a rule set that passes leaves no cycle between libraries. Type-only imports count: a
 * library that names another's types depends on it as much as one that calls it.
 */
import { readdirSync } from 'node:fs';

/**
 * The foundation, bottom to top. Each may import those before it, every other library all four:
 * message catalogues and scripts; errors, paging, validation; permissions and `@Allow`; transactions.
 */
const FOUNDATION = ['i18n', 'shared', 'access', 'database'];

/** What each other library may import besides the foundation: what its code needs, downward only. */
const MAY_IMPORT = {
  config: [],
  logging: [],
  embedded: [],
  runtime: ['config', 'embedded'],
  storage: ['runtime'],
  backup: ['config', 'embedded', 'metrics', 'runtime', 'scheduling'],
  health: ['backup', 'storage'],
  metrics: ['config', 'runtime'],
  scheduling: ['metrics', 'runtime'],
  audit: [],
  org: ['audit'],
  auth: ['org', 'runtime'],
  classification: ['audit'],
  numbering: ['audit'],
  cases: ['audit', 'classification', 'numbering'],
  archive: ['audit', 'cases', 'classification', 'numbering'],
  documents: ['archive', 'cases', 'numbering', 'runtime'],
  attachments: ['audit', 'cases', 'documents', 'metrics', 'runtime', 'scheduling', 'storage'],
  reports: ['cases', 'documents'],
  'registers/shared': ['audit', 'cases', 'documents'],
  'registers/attorney-cases': ['registers/shared', 'cases', 'documents', 'numbering'],
  'registers/businesses': ['registers/shared', 'cases', 'documents'],
  'registers/displaced-persons': ['registers/shared', 'cases', 'documents'],
  'registers/housing-buyouts': ['registers/shared', 'cases', 'documents'],
  'registers/real-estate': ['registers/shared', 'cases', 'documents'],
  'registers/work-books': ['registers/shared', 'cases', 'documents'],
  // The files directly in libs/registers: the module that gathers the registers.
  registers: [
    'registers/attorney-cases', 'registers/businesses', 'registers/displaced-persons',
    'registers/housing-buyouts', 'registers/real-estate', 'registers/work-books',
  ],
};

/**
 * Modules of libs/ that the web application runs in the browser: pure data and functions, shared so
 * that the labels, the transliteration and the buyout arithmetic are written once. They may import
 * only each other at run time (no Nest, no database, no Node): rule shared-with-web-stays-pure.
 */
const SHARED_WITH_WEB = [
  '^libs/registers/register-catalog\\.ts$',
  '^libs/i18n/(?!.*\\.spec\\.ts$)',
  '^libs/registers/[^/]+/[^/]+-labels\\.ts$',
  '^libs/registers/housing-buyouts/buyout-calculation\\.ts$',
  '^libs/shared/(money|fixed-point)\\.ts$',
  '^libs/reports/labels\\.ts$',
];

/**
 * The register catalogue (pure data: names, subjects, keepers) sits below the foundation: the
 * permission subjects and the built-in roles in libs/access are derived from it, so every library
 * may import it.
 */
const REGISTER_CATALOG = '^libs/registers/register-catalog\\.ts$';

const mayImport = (library) => {
  const below = FOUNDATION.includes(library) ? FOUNDATION.slice(0, FOUNDATION.indexOf(library)) : FOUNDATION;
  return [...below, ...(MAY_IMPORT[library] ?? [])];
};

/** The modules of a library, as a path pattern. */
const modulesOf = (library) =>
  library === 'registers' ? '^libs/registers/[^/]+$' : `^libs/${library}/`;

const LIBRARIES = [...FOUNDATION, ...Object.keys(MAY_IMPORT)];

function assertDeclaredLibrariesMatchTheFolders() {
  const libs = new URL('./libs/', import.meta.url);
  const folders = readdirSync(libs, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap(({ name }) =>
      name === 'registers'
        ? ['registers', ...readdirSync(new URL('registers/', libs), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `registers/${e.name}`)]
        : [name],
    );
  const undeclared = folders.filter((folder) => !LIBRARIES.includes(folder));
  const unknown = Object.values(MAY_IMPORT).flat().filter((library) => !folders.includes(library));
  if (undeclared.length > 0) throw new Error(`.dependency-cruiser.mjs: declare what ${undeclared.join(', ')} may import (MAY_IMPORT)`);
  if (unknown.length > 0) throw new Error(`.dependency-cruiser.mjs: no such library: ${[...new Set(unknown)].join(', ')}`);
}

function assertAcyclic() {
  const state = new Map(); // library → 'visiting' | 'done'
  const visit = (library, path) => {
    if (state.get(library) === 'done') return;
    if (state.get(library) === 'visiting') {
      const cycle = [...path.slice(path.indexOf(library)), library].join(' → ');
      throw new Error(`.dependency-cruiser.mjs: the allowed imports form a cycle: ${cycle}`);
    }
    state.set(library, 'visiting');
    for (const next of mayImport(library)) visit(next, [...path, library]);
    state.set(library, 'done');
  };
  for (const library of LIBRARIES) visit(library, []);
}

assertDeclaredLibrariesMatchTheFolders();
assertAcyclic();

const libraryRules = LIBRARIES.map((library) => {
  const allowed = mayImport(library);
  return {
    name: `${library.replace('/', '-')}-imports-downward`,
    comment: `libs/${library} may import: ${allowed.join(', ') || 'no other library'} (.dependency-cruiser.mjs)`,
    severity: 'error',
    from: { path: modulesOf(library) },
    to: { path: '^libs/', pathNot: [modulesOf(library), REGISTER_CATALOG, ...allowed.map(modulesOf)] },
  };
});

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    ...libraryRules,
    {
      name: 'libs-never-import-apps',
      comment: 'Libraries serve the applications; an application is never a dependency.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'libs-never-import-db-test-bench',
      comment: 'Migrations, seeds, tests and benchmarks use the libraries, not the other way round (unit specs may use test/support).',
      severity: 'error',
      from: { path: '^libs/', pathNot: '\\.spec\\.ts$' },
      to: { path: '^(db|test|bench)/' },
    },
    {
      name: 'web-imports-only-types-from-the-server',
      comment: 'The browser runs apps/web/src: from libs/ and the API it may import types, and at run time only the modules shared with the web (SHARED_WITH_WEB).',
      severity: 'error',
      from: { path: '^apps/web/src/' },
      to: { path: '^(libs|apps/api|db|test|bench)/', pathNot: SHARED_WITH_WEB, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'shared-with-web-stays-pure',
      comment: 'A module the browser runs imports at run time only other modules shared with the web: no Nest, no database, no Node, no server code.',
      severity: 'error',
      from: { path: SHARED_WITH_WEB },
      to: { pathNot: SHARED_WITH_WEB, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-runtime-cycles',
      comment: 'A cycle of run-time imports between modules leaves one of them half-initialised when the other starts (ES modules); a type-only import in the cycle is erased and harmless.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'imports-resolve',
      comment: 'A relative import the checker cannot resolve would escape the rules above.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, path: '^\\.\\.?/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Build output (dist/, apps/web/dist/) is not source: git ignores it, a local build leaves it.
    exclude: { path: '(^|/)(node_modules|dist)/' },
    // Type-only imports are seen, and marked `type-only`, before TypeScript erases them.
    tsPreCompilationDeps: true,
    // Our `.js` imports name `.ts` files (NodeNext); dependency-cruiser maps them as tsc does.
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
