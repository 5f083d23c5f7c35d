import type BetterSqlite3 from 'better-sqlite3';
import type { Db } from './db';

/** A prepared statement for an SQL text, compiled once per connection; parameters are always bound. */
export type Sql = <P extends unknown[] = unknown[], R = unknown>(source: string) => BetterSqlite3.Statement<P, R>;

/** One cache per connection, shared by every store of the queue. */
export function statementCache(db: Db): Sql {
  const statements = new Map<string, ReturnType<Db['prepare']>>();
  return <P extends unknown[] = unknown[], R = unknown>(source: string) => {
    let statement = statements.get(source);
    if (!statement) {
      statement = db.prepare(source);
      statements.set(source, statement);
    }
    return statement as unknown as BetterSqlite3.Statement<P, R>;
  };
}

export const DAY_MS = 24 * 60 * 60 * 1000;
