/**
 * Workflow definition routes of `/api/metadata` (reference/conductor.md §3.1, messages §2.5, §2.6).
 */
import type { BulkResponse, WorkflowDef, WorkflowDefSummary } from '../../../common/src/model';
import type { ApiRequest, Reply, Router } from '../http';
import { BadRequestError, ConflictError, NotFoundError, empty, json } from '../http';
import type { Store } from '../store';
import { stampAuditTimes, withWorkflowDefDefaults } from './metadataDefaults';
import { asArray, asWorkflowDef } from './metadataShape';
import { VALIDATION_FAILED, registrationErrors, throwIfInvalid } from './metadataValidation';

const BASE = '/api/metadata/workflow';
const BULK_PROCESSED = 'Bulk Request has been processed.';

/** Validates a definition as Conductor does for the parameter `prefix` (e.g. `registerWorkflowDef.workflowDef`). */
function validated(value: unknown, prefix: string): WorkflowDef {
  const def = asWorkflowDef(value);
  throwIfInvalid(registrationErrors(def, 'workflow', prefix));
  return def;
}

/** Stores `def` with defaults; keeps the original createTime when it replaces a version. */
function save(store: Store, def: WorkflowDef, now: number): void {
  const full = withWorkflowDefDefaults(def);
  stampAuditTimes(full, store.workflowDefs.get(full.name, full.version), now);
  store.workflowDefs.put(full);
}

function register(store: Store, request: ApiRequest): Reply {
  const def = validated(request.json(), 'registerWorkflowDef.workflowDef');
  const version = def.version ?? 1;
  store.transaction(() => {
    if (!request.query.bool('overwrite', false) && store.workflowDefs.has(def.name, version)) {
      throw new ConflictError(`Workflow with ${def.name}.${version} already exists!`); // §2.5
    }
    save(store, def, Date.now());
  });
  return empty();
}

function update(store: Store, request: ApiRequest): Reply {
  const list = asArray(request.json(), 'workflow definitions');
  if (list.length === 0) {
    throw new BadRequestError(VALIDATION_FAILED, [
      { path: 'updateWorkflowDef.workflowDefList', message: 'WorkflowDefList is empty' }, // §2.1
    ]);
  }
  const defs = list.map(asWorkflowDef);
  throwIfInvalid(
    defs.flatMap((def, i) => registrationErrors(def, 'workflow', `updateWorkflowDef.workflowDefList[${i}]`)),
  );
  const now = Date.now();
  store.transaction(() => defs.forEach((def) => save(store, def, now)));
  const body: BulkResponse<string> = {
    bulkErrorResults: {},
    bulkSuccessfulResults: defs.map((def) => def.name),
    message: BULK_PROCESSED,
  };
  return json(body);
}

function get(store: Store, request: ApiRequest): Reply {
  const name = request.param('name');
  const version = request.query.int('version');
  const def = store.workflowDefs.get(name, version);
  // Conductor formats a missing version with %d, which prints "null".
  if (!def) throw new NotFoundError(`No such workflow found by name: ${name}, version: ${version ?? 'null'}`);
  return json(def);
}

function namesAndVersions(store: Store): Reply {
  const grouped: Record<string, WorkflowDefSummary[]> = {};
  for (const summary of store.workflowDefs.summaries()) (grouped[summary.name] ??= []).push(summary);
  return json(grouped);
}

function remove(store: Store, request: ApiRequest): Reply {
  const name = request.param('name');
  const text = request.param('version');
  const version = Number(text);
  if (!/^\d+$/.test(text)) throw new BadRequestError(`Workflow version must be an integer, not '${text}'.`);
  if (!store.workflowDefs.delete(name, version)) {
    throw new NotFoundError(`No such workflow definition: ${name} version: ${version}`);
  }
  return empty();
}

/** Registers the workflow definition routes on `router`. */
export function registerWorkflowDefRoutes(router: Router, store: Store): void {
  router.route('POST', BASE, (request) => register(store, request));
  router.route('PUT', BASE, (request) => update(store, request));
  router.route('POST', `${BASE}/validate`, (request) => {
    validated(request.json(), 'validateWorkflowDef.workflowDef');
    return empty();
  });
  router.route('GET', BASE, () => json(store.workflowDefs.list()));
  router.route('GET', `${BASE}/names-and-versions`, () => namesAndVersions(store));
  router.route('GET', `${BASE}/names`, () => json(store.workflowDefs.names()));
  router.route('GET', `${BASE}/latest-versions`, () => json(store.workflowDefs.listLatest()));
  router.route('GET', `${BASE}/{name}/versions`, (request) =>
    json(store.workflowDefs.summaries(request.param('name'))),
  );
  router.route('GET', `${BASE}/{name}`, (request) => get(store, request));
  router.route('DELETE', `${BASE}/{name}/{version}`, (request) => remove(store, request));
}
