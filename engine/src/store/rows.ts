/**
 * Conversions from SQLite rows to values, shared by the repositories.
 */
import type { Row } from './sqliteDatabase';

/** Parses the `json` column of a row into the stored entity. */
export function fromJson<T>(row: Row): T {
  return JSON.parse(String(row['json'])) as T;
}

/** Reads an integer column that may be NULL. */
export function optionalNumber(row: Row, column: string): number | undefined {
  const value = row[column];
  return value === null || value === undefined ? undefined : Number(value);
}

/** Reads a text column that may be NULL. */
export function optionalString(row: Row, column: string): string | undefined {
  const value = row[column];
  return value === null || value === undefined ? undefined : String(value);
}
