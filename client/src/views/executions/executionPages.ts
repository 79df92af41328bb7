/**
 * The executions the view lists: the first page of a search, then more pages appended by "Load more…". A failed
 * request keeps what was already listed and records the failure, so the tree can say what went wrong instead of
 * showing an empty list that lies. No `vscode` import.
 */
import type { WorkflowSummary } from '../../../../common/src/model';
import { errorMessage, type ConductorClient } from '../../api';
import { PAGE_SIZE, toSearchOptions, type ExecutionFilter } from './executionFilter';

/** What the last load produced. */
export interface PagesSnapshot {
  readonly executions: readonly WorkflowSummary[];
  /** Matches on the server; more than `executions.length` means "Load more…" is useful. */
  readonly totalHits: number;
  /** Set when the last request failed: the sentence of the failure. */
  readonly error?: string;
  /** False until the first load finished (successfully or not). */
  readonly loaded: boolean;
}

/** §3.2: Conductor refuses a workflow search of more than 5000 ("Cannot return more than 5000 workflows…"). */
const MAX_SEARCH_SIZE = 5000;

/** Paged search results of one filter. */
export class ExecutionPages {
  private executions: WorkflowSummary[] = [];
  private totalHits = 0;
  private error: string | undefined;
  private loaded = false;

  constructor(
    private readonly pageSize = PAGE_SIZE,
    private readonly now: () => number = Date.now,
  ) {}

  /** What the tree shows now. */
  snapshot(): PagesSnapshot {
    return { executions: this.executions, totalHits: this.totalHits, loaded: this.loaded, error: this.error };
  }

  /** True when the server has more matches than are listed. */
  get hasMore(): boolean {
    return this.error === undefined && this.executions.length < this.totalHits;
  }

  /**
   * Reloads as many executions as are listed now (at least one page, at most the 5000 a search may return), so a
   * refresh does not collapse pages the user already loaded.
   */
  async reload(client: ConductorClient, filter: ExecutionFilter): Promise<void> {
    const size = Math.min(MAX_SEARCH_SIZE, Math.max(this.pageSize, this.executions.length));
    await this.fetch(client, filter, 0, size, false);
  }

  /** Starts over with one page (a new filter or a new connection). */
  async reset(client: ConductorClient, filter: ExecutionFilter): Promise<void> {
    this.executions = [];
    await this.fetch(client, filter, 0, this.pageSize, false);
  }

  /** Appends the next page; executions already listed (shifted by new starts) are not listed twice. */
  async loadMore(client: ConductorClient, filter: ExecutionFilter): Promise<void> {
    await this.fetch(client, filter, this.executions.length, this.pageSize, true);
  }

  /** Records a failure that happened before any request could be made (e.g. no connection). */
  fail(message: string): void {
    this.error = message;
    this.loaded = true;
  }

  private async fetch(
    client: ConductorClient,
    filter: ExecutionFilter,
    start: number,
    size: number,
    append: boolean,
  ): Promise<void> {
    try {
      const result = await client.workflows.search(toSearchOptions(filter, this.now(), start, size));
      const seen = new Set(append ? this.executions.map((execution) => execution.workflowId) : []);
      const fresh = result.results.filter((execution) => !seen.has(execution.workflowId));
      this.executions = append ? [...this.executions, ...fresh] : fresh;
      this.totalHits = result.totalHits;
      this.error = undefined;
    } catch (error) {
      this.error = errorMessage(error);
    }
    this.loaded = true;
  }
}
