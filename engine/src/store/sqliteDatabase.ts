/**
 * A thin synchronous wrapper over node-sqlite3-wasm: cached prepared statements and one-level transactions.
 * Everything the store writes goes through `transaction`, so a SIGKILL leaves either the old or the new state.
 * The journal is a WAL: this WASM VFS has no shared-memory methods, but in exclusive locking mode SQLite keeps
 * the WAL index in heap memory, and a WAL commit is one append (about three times faster than a rollback journal).
 */
import { Database } from 'node-sqlite3-wasm';
import type { BindValues, Statement } from 'node-sqlite3-wasm';

/** A row as SQLite returns it. */
export type Row = Record<string, number | bigint | string | Uint8Array | null>;

/**
 * How commits reach the disk: `full` fsyncs the WAL on each commit (survives power loss); `process` fsyncs only at
 * checkpoints (survives SIGKILL and crashes of the engine; a power loss may drop the last commits but never corrupts
 * the file; commits are several times faster).
 */
export type Durability = 'full' | 'process';

/**
 * The engine's default is `process`. Issue 3 asks that state survive a restart and a SIGKILL at any moment, which
 * `process` gives (a commit has reached the OS before it returns; the SIGKILL tests run with this default), not that
 * it survive a power loss, which only `full` adds. For a local development engine that trade is worth it: measured
 * in one run of `bench/engine.ts` (BENCHMARKS.md, Engine), `process` completes ≈ 1.2–1.3× the workflows/s of `full`
 * over HTTP and ≈ 1.5× in-process. `full` stays available (`--durability full`).
 */
export const DEFAULT_DURABILITY: Durability = 'process';

const NOT_SYNCHRONOUS = 'store.transaction() takes a synchronous function: an async one would commit before it ends';

/** One open database file with a statement cache. */
export class SqliteDatabase {
  private readonly db: Database;
  private readonly statements = new Map<string, Statement>();

  /** Opens `file` (or `:memory:`) with exclusive locking, a WAL journal and the given durability. */
  constructor(file: string, durability: Durability) {
    this.db = new Database(file);
    // Exclusive locking keeps the lock for the connection's life (no lock directory churn per transaction) and
    // must come before the first WAL access, so that SQLite never asks the VFS for shared memory.
    this.db.exec('PRAGMA locking_mode=EXCLUSIVE');
    this.db.exec('PRAGMA journal_mode=WAL');
    this.db.exec(`PRAGMA synchronous=${durability === 'full' ? 'FULL' : 'NORMAL'}`);
    this.db.exec('PRAGMA foreign_keys=OFF');
  }

  /** Runs several statements of DDL (schema creation). */
  exec(sql: string): void {
    this.db.exec(sql);
  }

  /** Runs a write statement; returns the number of changed rows. */
  run(sql: string, values?: BindValues): number {
    return this.prepare(sql).run(values).changes;
  }

  /** The first row of a query, or undefined. */
  get(sql: string, values?: BindValues): Row | undefined {
    return (this.prepare(sql).get(values) as Row | null) ?? undefined;
  }

  /** Every row of a query. */
  all(sql: string, values?: BindValues): Row[] {
    return this.prepare(sql).all(values) as Row[];
  }

  /**
   * Runs `fn` inside one transaction: committed if it returns, rolled back if it throws (the error is rethrown).
   * Nested calls join the outer transaction, so repositories can be composed freely.
   */
  transaction<T>(fn: () => T): T {
    if (this.db.inTransaction) return fn();
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const result = fn();
      if (result instanceof Promise) throw new TypeError(NOT_SYNCHRONOUS);
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
  }

  /** Whether a transaction is open (for assertions in repositories that must run inside one). */
  get inTransaction(): boolean {
    return this.db.inTransaction;
  }

  /** Finalizes every cached statement and closes the file. Idempotent. */
  close(): void {
    if (!this.db.isOpen) return;
    for (const statement of this.statements.values()) statement.finalize();
    this.statements.clear();
    this.db.close();
  }

  private prepare(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}
