import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MODEL_CACHE_DIR } from './support/model';

const ROOT = path.join(__dirname, '..');
const REGISTER_TS = path.join(ROOT, 'test', 'support', 'register-ts.js');

/**
 * What a start loads: the console bot (no tokens) must not load Slack's or Teams' SDK, and a
 * one-question `ask` must not load the YAML parser (its intents come from the compiled cache) or
 * SQLite. Checked in a child process, which lists the packages it loaded as it exits.
 */
function packagesLoadedBy(args: string[], input = ''): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'start-loads-'));
  const out = path.join(dir, 'loaded.json');
  const probe = path.join(dir, 'probe.js');
  fs.writeFileSync(
    probe,
    `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(out)}, JSON.stringify(Object.keys(require.cache))));`,
  );
  try {
    const result = spawnSync(process.execPath, ['-r', REGISTER_TS, '-r', probe, ...args], {
      cwd: ROOT,
      input,
      env: { ...process.env, DATABASE_PATH: path.join(dir, 'bot.sqlite'), MODEL_CACHE_DIR, LOG_LEVEL: 'silent', SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '', MICROSOFT_APP_ID: '' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(result.status).toBe(0);
    const files = JSON.parse(fs.readFileSync(out, 'utf8')) as string[];
    return [...new Set(files.map((f) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(f)?.[1]).filter((p): p is string => Boolean(p)))];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('what a start loads', () => {
  test('the console bot loads neither Slack nor Teams', () => {
    const loaded = packagesLoadedBy([path.join(ROOT, 'src', 'main.ts')]);
    expect(loaded).toContain('better-sqlite3');
    expect(loaded).not.toContain('@slack/bolt');
    expect(loaded).not.toContain('botbuilder');
  });

  test('a warm `ask` loads no YAML parser and no SQLite', () => {
    packagesLoadedBy([path.join(ROOT, 'src', 'cli.ts'), 'ask', 'Can I see the papers for the planning meeting?']); // warms the cache
    const loaded = packagesLoadedBy([path.join(ROOT, 'src', 'cli.ts'), 'ask', 'Can I see the papers for the planning meeting?']);
    expect(loaded).toContain('zod');
    expect(loaded).not.toContain('yaml');
    expect(loaded).not.toContain('better-sqlite3');
  });
});
