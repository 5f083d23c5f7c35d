import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../support/fixtures';

/**
 * The built program (`npm run build`: dist/src/cli.js runs cli.bundle.js through a V8 code cache)
 * answers exactly as the modules tsc compiled in the same build, on its first run of a command
 * and on the next (from the code cache). Run where dist/ is built (CI builds it in `npm ci`).
 */
const DIST = path.join(PROJECT_ROOT, 'dist', 'src');
const built = fs.existsSync(path.join(DIST, 'cli.bundle.js'));
const QUESTIONS = ['Can I see the papers for the planning meeting?', 'I want to complain about how an officer spoke to me', 'what is the weather like tomorrow'];

(built ? test : test.skip)(
  'the bundled CLI answers `ask --json` as the compiled modules do, with and without its code cache',
  () => {
    /* eslint-disable @typescript-eslint/no-require-imports -- the build's own modules, not the sources */
    const { loadConfig } = require(path.join(DIST, 'config.js')) as typeof import('../../src/config');
    const { ProtocolLibrary } = require(path.join(DIST, 'protocols', 'library.js')) as typeof import('../../src/protocols/library');
    const { Assistant } = require(path.join(DIST, 'assistant', 'assistant.js')) as typeof import('../../src/assistant/assistant');
    /* eslint-enable @typescript-eslint/no-require-imports */
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'silent' };
    const config = loadConfig(env);
    const assistant = Assistant.create({ config, library: ProtocolLibrary.load(config.PROTOCOLS_DIR) });
    const cacheDir = path.join(PROJECT_ROOT, 'dist', 'code-cache');
    fs.rmSync(cacheDir, { recursive: true, force: true });
    for (const run of ['first run, saves the code cache', 'from the code cache']) {
      for (const question of QUESTIONS) {
        const cli = spawnSync(process.execPath, [path.join(DIST, 'cli.js'), 'ask', '--json', question], { cwd: PROJECT_ROOT, env, encoding: 'utf8', timeout: 60_000 });
        expect({ run, question, code: cli.status, stderr: cli.stderr }).toEqual({ run, question, code: 0, stderr: '' });
        const reply = assistant.answer(question, { id: 'cli', name: 'CLI', role: 'councillor' }, { council: config.COUNCIL, record: false });
        expect(cli.stdout).toBe(`${JSON.stringify(reply, null, 2)}\n`);
      }
      expect(fs.readdirSync(cacheDir).filter((f) => f.startsWith('cli.bundle-') && f.includes('-ask-'))).toHaveLength(1);
    }
  },
  120_000,
);
