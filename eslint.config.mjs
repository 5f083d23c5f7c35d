// ESLint flat config: the recommended rules of ESLint and typescript-eslint, no style rules
// (formatting is left to the editor). `npm test` runs it, so CI fails on a lint error.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'var/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      // `_name` marks a parameter or destructured value kept on purpose (a callback's signature).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // The understanding and answering core sits below the queue and the channels: it may use the
    // shared vocabulary in src/domain, never reach up into what stores requests or talks to people.
    files: ['src/nlu/**/*.ts', 'src/answer/**/*.ts', 'src/conversation/**/*.ts', 'src/protocols/**/*.ts', 'src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/queue/*', '**/queue', '**/channels/*', '**/channels/**'], message: 'The core below the queue imports shared types from src/domain, not from the queue or a channel.' }] }],
    },
  },
  {
    // Plain CommonJS files: jest's config, test fixtures run as child processes.
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', __filename: 'readonly', console: 'readonly', Buffer: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
