// ESLint: type-aware rules for the TypeScript sources (floating promises matter for timers and
// transactions), and the dependency direction of DESIGN.md: the engine never imports runtime or designer;
// the web app (designer/src) runs in the browser, uses the engine and talks to the runtime over HTTP only.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', 'schemas/generated/**', 'designer/src/api/generated/**', '**/dist/**', 'data/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js', 'runtime/bin/*.js'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
    },
  },
  {
    // No import loops: a module's imports are ready before it runs, and a reader can follow them one way.
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['engine/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@onego/runtime', '@onego/runtime/*', '**/runtime/**', '@onego/designer', '**/designer/**'], message: 'The engine never imports runtime or designer code (DESIGN.md).' },
            { group: ['node:*', 'fs', 'path', 'http', 'https', 'net', 'child_process', 'os'], message: 'The engine is pure: no I/O (DESIGN.md).' },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'The engine has no clock: pass time in.' },
        { object: 'Math', property: 'random', message: 'The engine has no randomness: pass ids in.' },
      ],
    },
  },
  {
    // The domain knows nothing of HTTP: its errors carry a code, and the HTTP edge (runtime/src/http/, each
    // resource's *Routes.ts and *Schemas.ts, the OpenAPI document) maps codes to statuses (DESIGN.md).
    files: ['runtime/src/**/*.ts'],
    ignores: [
      'runtime/src/http/**',
      'runtime/src/openapi/**',
      'runtime/src/*/*Routes.ts',
      'runtime/src/*/*Schemas.ts',
      // The roles that serve HTTP: the API's app and listener, and the work process's health listener.
      'runtime/src/roles/httpRole.ts',
      'runtime/src/roles/healthListener.ts',
      // Koa middleware by nature (reads the bearer token into ctx.state), beside the rest of auth/.
      'runtime/src/auth/authMiddleware.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/http/**', '@koa/*', 'koa'], message: 'Services, commands/, timers/ and db/ never import the HTTP layer: throw a DomainError (domainError.ts) with a code.' }] },
      ],
    },
  },
  {
    // A migration does the same thing for ever: it imports knex, never OneGo's code (runtime/README.md).
    files: ['runtime/src/db/migrations/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!knex$)', message: 'A migration imports knex only: copy a value it needs, never import OneGo code.' }] },
      ],
    },
  },
  {
    files: ['designer/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@onego/runtime', '@onego/runtime/*', '**/runtime/**'], message: 'The web app talks to the runtime over HTTP only (DESIGN.md).' },
            { group: ['node:*', 'fs', 'path', 'http', 'https', 'net', 'child_process', 'os'], message: 'The web app runs in the browser.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'Buffer', '__dirname', '__filename', 'require'],
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    // Scripts, benchmarks and the fuzz suite report on the console (results, the seed to replay a run).
    files: ['scripts/**/*.ts', 'test/bench/**/*.ts', 'test/fuzz/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
