import type { Db } from './db';
import { validPerson } from './schemas';
import type { Sql } from './statements';
import type { Person, Role } from './types';

export interface PersonRow {
  user_id: string;
  name: string;
  role: Role;
  updated_at: string;
}

/** The `people` table: who someone is, by platform-qualified user id. */
export class PeopleStore {
  constructor(
    private readonly db: Db,
    private readonly sql: Sql,
    private readonly now: () => Date,
  ) {}

  savePerson(person: Person): void {
    const valid = validPerson(person);
    this.db.transaction(() => this.upsertPerson(valid, this.now().toISOString())).immediate();
  }

  person(userId: string): Person | undefined {
    const row = this.sql<[string], { user_id: string; name: string; role: Role }>(
      'SELECT user_id, name, role FROM people WHERE user_id = ?',
    ).get(userId);
    return row ? { userId: row.user_id, name: row.name, role: row.role } : undefined;
  }

  /** Everyone known, by user id. */
  list(): PersonRow[] {
    return this.sql<[], PersonRow>('SELECT * FROM people ORDER BY user_id').all();
  }

  /** Forgets someone's saved name and role; false if they were not known. */
  remove(userId: string): boolean {
    return this.sql<[string]>('DELETE FROM people WHERE user_id = ?').run(userId).changes === 1;
  }

  /** The stored row with its timestamp, for a subject access export. */
  row(userId: string): PersonRow | undefined {
    return this.sql<[string], PersonRow>('SELECT * FROM people WHERE user_id = ?').get(userId);
  }

  /**
   * Records the name of someone who files a request. Their role is never saved from a filing:
   * a newcomer is saved as a councillor (or officer, if so filed) and a known person keeps the
   * role the CLI operator or a Clerk gave them. A filing cannot make anyone a Clerk.
   */
  recordRequester(person: Person, at: string): void {
    this.sql(
      `INSERT INTO people (user_id, name, role, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (user_id) DO UPDATE SET name = excluded.name, updated_at = excluded.updated_at
        WHERE name IS NOT excluded.name`,
    ).run(person.userId, person.name, person.role === 'clerk' ? 'councillor' : person.role, at);
  }

  /** Records who someone is; an unchanged person is not rewritten (one page less per filing). */
  upsertPerson(person: Person, at: string): void {
    this.sql(
      `INSERT INTO people (user_id, name, role, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (user_id) DO UPDATE SET name = excluded.name, role = excluded.role, updated_at = excluded.updated_at
        WHERE name IS NOT excluded.name OR role IS NOT excluded.role`,
    ).run(person.userId, person.name, person.role, at);
  }
}
