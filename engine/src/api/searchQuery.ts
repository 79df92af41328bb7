/**
 * Parses Conductor's search parameters (reference/conductor.md §3.2, sqlite backend grammar): `query` is
 * conditions joined by ` AND `, each `<field> (=|>|<|IN) <value>`, quotes and parentheses stripped, `IN (a,b)`,
 * `*` in an `=` value meaning a wildcard; `sort` is `field:ASC|DESC` (several separated by `|`); `start`/`size`
 * page the result (size ≤ 5000 for workflows). OR is not part of that grammar: it answers a 400 naming `IN`.
 */
import type { SearchCondition, SearchQuery } from '../store';
import { BadRequestError, type ApiRequest } from '../http';

const CONDITION = /^\s*([A-Za-z]+)\s*(=|>|<|\bIN\b)\s*(.*?)\s*$/i;
/** §3.2 search size cap with Conductor's message. */
export const MAX_SEARCH_SIZE = 5000;

/** What one search endpoint accepts: `fields` in `query`, `sortFields` (default `fields`) in `sort`, a size cap. */
export interface SearchSpec {
  fields: ReadonlySet<string>;
  sortFields?: ReadonlySet<string>;
  maxSize?: number;
}

const OR_UNSUPPORTED =
  "OR is not supported in a search query: join conditions with AND, and use IN (a,b) for 'either'.";

/** Fields whose values are numbers (epoch ms, version, priority). */
const NUMERIC = new Set(['startTime', 'endTime', 'updateTime', 'version', 'priority', 'scheduledTime']);

function clean(value: string): string {
  return value.replace(/["'()]/g, '').trim();
}

function typed(field: string, value: string): string | number {
  if (NUMERIC.has(field) && /^-?\d+$/.test(value)) return Number(value);
  return value;
}

function parseCondition<F extends string>(text: string, fields: ReadonlySet<string>): SearchCondition<F> {
  const match = CONDITION.exec(text);
  if (!match)
    throw new BadRequestError(`Cannot parse search condition '${text.trim()}': use <field> (=|>|<|IN) <value>.`);
  const field = match[1] ?? '';
  if (!fields.has(field)) {
    throw new BadRequestError(`Unsupported search field '${field}': use one of ${[...fields].join(', ')}.`);
  }
  const op = (match[2] ?? '=').toUpperCase();
  const raw = match[3] ?? '';
  if (op === 'IN') {
    const values = clean(raw)
      .split(',')
      .map((v) => typed(field, v.trim()))
      .filter((v) => v !== '');
    return { field: field as F, op: 'IN', values };
  }
  const value = clean(raw);
  if (op === '=' && value.includes('*')) return { field: field as F, op: 'LIKE', values: [value.replace(/\*/g, '%')] };
  return { field: field as F, op: op as '=' | '>' | '<', values: [typed(field, value)] };
}

function parseConditions<F extends string>(text: string | undefined, fields: ReadonlySet<string>) {
  if (!text) return [];
  // Quoted values may contain the word; only a bare OR between conditions is the unsupported operator.
  if (/\sOR\s/i.test(text.replace(/'[^']*'|"[^"]*"/g, "''"))) throw new BadRequestError(OR_UNSUPPORTED);
  return text.split(/\s+AND\s+/i).map((part) => parseCondition<F>(part, fields));
}

function parseSort<F extends string>(text: string | undefined, fields: ReadonlySet<string>) {
  return (text ?? '')
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const [field = '', direction = 'ASC'] = part.split(':');
      if (!fields.has(field)) {
        throw new BadRequestError(`Unsupported sort field '${field}': use one of ${[...fields].join(', ')}.`);
      }
      return { field: field as F, descending: direction.trim().toUpperCase() === 'DESC' };
    });
}

/** Builds the store query from the request's `query`, `freeText`, `sort`, `start` and `size`. */
export function parseSearch<F extends string>(request: ApiRequest, spec: SearchSpec): SearchQuery<F> {
  const { query } = request;
  const size = query.int('size', 100);
  if (spec.maxSize !== undefined && size > spec.maxSize) {
    throw new BadRequestError(`Cannot return more than ${spec.maxSize} workflows. Please use pagination.`);
  }
  const conditions = parseConditions<F>(query.string('query'), spec.fields);
  const sort = parseSort<F>(query.string('sort'), spec.sortFields ?? spec.fields);
  const freeText = query.string('freeText');
  return { conditions, sort, start: query.int('start', 0), size, ...(freeText ? { freeText } : {}) };
}
