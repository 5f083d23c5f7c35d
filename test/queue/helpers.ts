import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { library, PROJECT_ROOT, PROTOCOLS_DIR, removeTempDirs, tempDir as tempDirWithPrefix } from '../support/fixtures';
import { ClerkQueue, ClerkQueueOptions } from '../../src/queue/queue';
import { NewRequest, Person } from '../../src/queue/types';

export const REGISTER_TS = path.join(PROJECT_ROOT, 'test', 'support', 'register-ts.js');

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

export { library, PROJECT_ROOT, PROTOCOLS_DIR, removeTempDirs };
/** A fresh temporary folder for these tests, removed by `removeTempDirs()`. */
export const tempDir = (): string => tempDirWithPrefix('protocol-bot-queue-');
