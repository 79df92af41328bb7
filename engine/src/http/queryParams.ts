/**
 * Typed access to query parameters with the leniency real clients need (clients doc §6 item 6): booleans are
 * case-insensitive (`True`, `false`), blank values count as absent, unknown parameters are simply never read,
 * `+` decodes to a space.
 */
import { BadRequestError } from './errors';

/** Query parameters of one request. */
export class QueryParams {
  constructor(private readonly params: URLSearchParams) {}

  /** The first non-blank value, or undefined. */
  string(name: string): string | undefined {
    return this.params.getAll(name).find((value) => value.trim() !== '');
  }

  /** Every non-blank value of a repeated parameter; comma-separated values are not split. */
  strings(name: string): string[] {
    return this.params.getAll(name).filter((value) => value.trim() !== '');
  }

  /** Every raw name/value pair in request order (for Spring-style model binding such as `taskInput[key]=v`). */
  entries(): [string, string][] {
    return [...this.params.entries()];
  }

  /** A boolean (`true`/`false` in any case), or `fallback` when absent; anything else is a 400. */
  bool(name: string, fallback: boolean): boolean {
    const value = this.string(name);
    if (value === undefined) return fallback;
    const lower = value.trim().toLowerCase();
    if (lower === 'true') return true;
    if (lower === 'false') return false;
    throw new BadRequestError(`Query parameter '${name}' must be true or false, not '${value}'.`);
  }

  /** An integer, or `fallback` when absent; anything else is a 400. */
  int(name: string, fallback: number): number;
  int(name: string): number | undefined;
  int(name: string, fallback?: number): number | undefined {
    const value = this.string(name);
    if (value === undefined) return fallback;
    const trimmed = value.trim();
    if (!/^[-+]?\d+$/.test(trimmed) || !Number.isSafeInteger(Number(trimmed))) {
      throw new BadRequestError(`Query parameter '${name}' must be an integer, not '${value}'.`);
    }
    return Number(trimmed);
  }
}
