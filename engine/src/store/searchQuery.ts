/**
 * A structured search over an entity table: the workflow and task search APIs (reference/conductor.md §3.2 grammar)
 * parse their `query`/`freeText`/`sort` strings into this shape, and the store turns it into SQL with bound values.
 */
import type { BindValues } from 'node-sqlite3-wasm';

/** One condition, e.g. `{field: 'status', op: 'IN', values: ['RUNNING', 'PAUSED']}`; `LIKE` takes `%`/`_` patterns. */
export interface SearchCondition<F extends string> {
  field: F;
  op: '=' | '>' | '<' | 'IN' | 'LIKE';
  values: (string | number)[];
}

/** A page of a search: conditions joined by AND, free text (substring of the JSON, case-insensitive), sort, paging. */
export interface SearchQuery<F extends string> {
  conditions?: SearchCondition<F>[];
  freeText?: string;
  sort?: { field: F; descending: boolean }[];
  start?: number;
  size?: number;
}

/** The rows of one page plus the count of every match. */
export interface SearchPage<T> {
  totalHits: number;
  results: T[];
}

/** SQL pieces for a query: `where` (with leading WHERE or empty), `orderBy`, and the bound values. */
export interface SqlParts {
  where: string;
  orderBy: string;
  values: (string | number)[];
}

function conditionSql(column: string, condition: SearchCondition<string>, values: (string | number)[]): string {
  if (condition.op === 'IN') {
    if (condition.values.length === 0) return '0';
    values.push(...condition.values);
    return `${column} IN (${condition.values.map(() => '?').join(', ')})`;
  }
  values.push(condition.values[0] ?? '');
  return `${column} ${condition.op} ?`;
}

/**
 * Translates a query with `columns` mapping each API field name to its SQL column. `alsoFreeText`, an SQL condition
 * with one `?`, is a second way the free text matches (e.g. a workflow by the id of one of its tasks).
 */
export function toSql<F extends string>(
  query: SearchQuery<F>,
  columns: Readonly<Record<F, string>>,
  alsoFreeText?: string,
): SqlParts {
  const values: (string | number)[] = [];
  const clauses = (query.conditions ?? []).map((condition) =>
    conditionSql(columns[condition.field], condition, values),
  );
  if (query.freeText !== undefined && query.freeText !== '' && query.freeText !== '*') {
    const json = 'instr(lower(json), lower(?)) > 0';
    clauses.push(alsoFreeText ? `(${json} OR ${alsoFreeText})` : json);
    values.push(...(alsoFreeText ? [query.freeText, query.freeText] : [query.freeText]));
  }
  const sorts = (query.sort ?? []).map((sort) => `${columns[sort.field]} ${sort.descending ? 'DESC' : 'ASC'}`);
  return {
    where: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '',
    orderBy: `ORDER BY ${[...sorts, 'rowid'].join(', ')}`,
    values,
  };
}

/** `parts` with one more condition ANDed to its WHERE, `values` being that condition's bound values. */
export function andWhere(parts: SqlParts, clause: string, values: readonly (string | number)[]): SqlParts {
  const where = parts.where === '' ? `WHERE ${clause}` : `${parts.where} AND ${clause}`;
  return { where, orderBy: parts.orderBy, values: [...parts.values, ...values] };
}

/** Runs a page query and a count query built from `parts` over `table`. */
export function pageValues(parts: SqlParts, query: SearchQuery<string>): { page: BindValues; count: BindValues } {
  const size = Math.max(0, query.size ?? 100);
  const start = Math.max(0, query.start ?? 0);
  return { page: [...parts.values, size, start], count: parts.values };
}
