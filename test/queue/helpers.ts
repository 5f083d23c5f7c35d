import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ProtocolLibrary } from '../../src/protocols/library';
import { ClerkQueue, ClerkQueueOptions } from '../../src/queue/requests';
import { NewRequest, Person } from '../../src/queue/types';

export const PROJECT_ROOT = path.resolve(__dirname, '../..');
export const PROTOCOLS_DIR = path.join(PROJECT_ROOT, 'data', 'protocols');
export const REGISTER_TS = path.join(PROJECT_ROOT, 'test', 'support', 'register-ts.js');

let shared: ProtocolLibrary | undefined;
/** The five shipped councils, loaded once per test file. */
export const library = (): ProtocolLibrary => (shared ??= ProtocolLibrary.load(PROTOCOLS_DIR));

/** A fresh temporary folder, removed by `removeTempDirs()` in afterAll/afterEach. */
const made: string[] = [];
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protocol-bot-queue-'));
  made.push(dir);
  return dir;
}
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** A clock the test moves by hand. Starts on Monday 3 March 2025, 09:00 UTC. */
export class FakeClock {
  current = new Date('2025-03-03T09:00:00.000Z');
  readonly now = (): Date => new Date(this.current.getTime());
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
  set(iso: string): void {
    this.current = new Date(iso);
  }
}

export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;

export function openQueue(file: string, options: Partial<ClerkQueueOptions> = {}): ClerkQueue {
  return ClerkQueue.open({ path: file, library: library(), ...options });
}

export const jo: Person = { userId: 'console:jo', name: 'Jo Bloggs', role: 'councillor' };
export const sam: Person = { userId: 'console:sam', name: 'Sam Smith', role: 'councillor' };
export const officer: Person = { userId: 'console:olu', name: 'Olu Officer', role: 'officer' };
export const clerk: Person = { userId: 'console:clerk', name: 'Pat Clerk', role: 'clerk' };

export function documentRequest(requester: Person = jo, council = 'flitwick'): NewRequest {
  return {
    kind: 'document_access',
    council,
    requester,
    subject: 'Planning committee papers',
    details: { what: 'Officer report on the Station Road application', meeting: 'Planning, 4 March', reason: 'ward member', neededBy: '2025-03-10' },
  };
}

export function complaint(about: 'officer' | 'councillor' | 'clerk', requester: Person = jo, council = 'flitwick'): NewRequest {
  return {
    kind: 'complaint',
    council,
    requester,
    subject: `Complaint about the ${about}`,
    details: { about, whatHappened: 'Shouted at me in the car park on Tuesday', outcomeSought: 'An apology' },
  };
}

export function question(requester: Person = jo, council = 'flitwick'): NewRequest {
  return { kind: 'question', council, requester, subject: 'Gifts register', details: { question: 'Do I declare a box of chocolates?' } };
}

/** Every row of every table, to prove that a refused command changed nothing. */
export function dumpDatabase(file: string): string {
  if (!fs.existsSync(file)) return '(no database)';
  const db = new Database(file, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
    return JSON.stringify(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()]));
  } finally {
    db.close();
  }
}
