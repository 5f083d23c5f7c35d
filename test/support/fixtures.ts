import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ProtocolLibrary } from '../../src/protocols/library';

export const PROJECT_ROOT = path.resolve(__dirname, '../..');
export const PROTOCOLS_DIR = path.join(PROJECT_ROOT, 'data', 'protocols');

let shared: ProtocolLibrary | undefined;
/** The five shipped councils, loaded once per test file. */
export const library = (): ProtocolLibrary => (shared ??= ProtocolLibrary.load(PROTOCOLS_DIR));

/** Fresh temporary folders, all removed by `removeTempDirs()` in afterAll/afterEach. */
const made: string[] = [];
export function tempDir(prefix = 'protocol-bot-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}
