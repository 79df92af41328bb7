/**
 * Workflow searches that look into the runs' tasks (reference/conductor.md §3.2). Conductor's grammar lists
 * `taskId`, `taskType` and `taskDefName` among the search fields, but its workflow index has no such columns, so
 * `/search` cannot answer them there; here `/search` and `/search-v2` take them as "the run holds such a task" (all
 * of them met by one task), and a free text equal to a task id finds that task's run. `/search-by-tasks` and
 * `/search-by-tasks-v2` run a task query (the task search's fields and free text) and answer the runs holding the
 * matching tasks, each run once (Conductor lists one run per matching task, duplicates included).
 */
import type { Workflow } from '../../../common/src/model';
import type { Executor } from '../execution/executor';
import type { ApiRequest } from '../http';
import type { SearchPage, SearchQuery, TaskSearchField, WorkflowSearchField } from '../store';
import { TASK_SEARCH_COLUMNS, WORKFLOW_SEARCH_COLUMNS } from '../store';
import { MAX_SEARCH_SIZE, parseSearch } from './searchQuery';

const WORKFLOW_FIELDS: ReadonlySet<string> = new Set(Object.keys(WORKFLOW_SEARCH_COLUMNS));
/** §3.2 task fields of the workflow search grammar. */
const TASK_FIELDS_OF_RUN: readonly TaskSearchField[] = ['taskId', 'taskType', 'taskDefName'];
const WORKFLOW_QUERY_FIELDS: ReadonlySet<string> = new Set([...WORKFLOW_FIELDS, ...TASK_FIELDS_OF_RUN]);
/** The task search's fields, which `/search-by-tasks` takes in its query. */
export const TASK_FIELDS: ReadonlySet<string> = new Set(Object.keys(TASK_SEARCH_COLUMNS));

type AnyField = WorkflowSearchField | TaskSearchField;

/** `/api/workflow/search` and `/search-v2`: workflow conditions on the run, task-field ones on one of its tasks. */
export function searchWorkflows(executor: Executor, request: ApiRequest): SearchPage<Workflow> {
  const spec = { fields: WORKFLOW_QUERY_FIELDS, sortFields: WORKFLOW_FIELDS, maxSize: MAX_SEARCH_SIZE };
  const query = parseSearch<AnyField>(request, spec);
  const conditions = query.conditions ?? [];
  const own = conditions.filter((condition) => WORKFLOW_FIELDS.has(condition.field));
  const ofTask = conditions.filter((condition) => !WORKFLOW_FIELDS.has(condition.field));
  const runQuery = { ...query, conditions: own } as SearchQuery<WorkflowSearchField>;
  const taskQuery = ofTask.length > 0 ? ({ conditions: ofTask } as SearchQuery<TaskSearchField>) : undefined;
  return executor.store.workflows.search(runQuery, taskQuery);
}

/** `/api/workflow/search-by-tasks(-v2)`: the runs holding a task that matches the task query and free text. */
export function searchWorkflowsByTasks(executor: Executor, request: ApiRequest): SearchPage<Workflow> {
  const spec = { fields: TASK_FIELDS, sortFields: WORKFLOW_FIELDS, maxSize: MAX_SEARCH_SIZE };
  const query = parseSearch<AnyField>(request, spec);
  const { conditions, freeText, ...page } = query;
  const taskQuery = { conditions: conditions ?? [], ...(freeText !== undefined ? { freeText } : {}) };
  return executor.store.workflows.search(
    page as SearchQuery<WorkflowSearchField>,
    taskQuery as SearchQuery<TaskSearchField>,
  );
}
