/**
 * Task definition routes of `/api/metadata` (reference/conductor.md §3.1, messages §2.1, §1.5).
 */
import type { TaskDef } from '../../../common/src/model';
import type { ApiRequest, Reply, Router } from '../http';
import { BadRequestError, NotFoundError, empty, json } from '../http';
import type { Store } from '../store';
import { stampAuditTimes, withTaskDefDefaults } from './metadataDefaults';
import { asArray, asTaskDef } from './metadataShape';
import { VALIDATION_FAILED, registrationErrors, throwIfInvalid } from './metadataValidation';

const BASE = '/api/metadata/taskdefs';

/** Stores `def` with defaults; an existing definition keeps its createTime and gets an updateTime. */
function save(store: Store, def: TaskDef, now: number): void {
  const full = withTaskDefDefaults(def);
  stampAuditTimes(full, store.taskDefs.get(full.name), now);
  store.taskDefs.put(full);
}

/** POST: a list, upserted (§2.5: no conflict for task definitions). */
function register(store: Store, request: ApiRequest): Reply {
  const body = request.optionalJson();
  if (body === undefined || body === null || (Array.isArray(body) && body.length === 0)) {
    const message = Array.isArray(body) ? 'TaskDefList is empty' : 'TaskDefList cannot be empty or null'; // §2.1
    throw new BadRequestError(VALIDATION_FAILED, [{ path: 'registerTaskDef.taskDefinitions', message }]);
  }
  const defs = asArray(body, 'task definitions').map(asTaskDef);
  throwIfInvalid(defs.flatMap((def, i) => registrationErrors(def, 'taskdef', `registerTaskDef.taskDefinitions[${i}]`)));
  const now = Date.now();
  store.transaction(() => defs.forEach((def) => save(store, def, now)));
  return empty();
}

/** PUT: one definition that must exist. */
function update(store: Store, request: ApiRequest): Reply {
  const def = asTaskDef(request.json());
  throwIfInvalid(registrationErrors(def, 'taskdef', 'updateTaskDef.taskDef'));
  store.transaction(() => {
    if (!store.taskDefs.get(def.name)) throw new NotFoundError(`No such task by name ${def.name}`);
    save(store, def, Date.now());
  });
  return empty();
}

function get(store: Store, request: ApiRequest): Reply {
  const name = request.param('taskType');
  const def = store.taskDefs.get(name);
  if (!def) throw new NotFoundError(`No such taskType found by name: ${name}`);
  return json(def);
}

function remove(store: Store, request: ApiRequest): Reply {
  if (!store.taskDefs.delete(request.param('taskType'))) throw new NotFoundError('No such task definition');
  return empty();
}

/** Registers the task definition routes on `router`. */
export function registerTaskDefRoutes(router: Router, store: Store): void {
  router.route('POST', BASE, (request) => register(store, request));
  router.route('PUT', BASE, (request) => update(store, request));
  router.route('GET', BASE, () => json(store.taskDefs.list()));
  router.route('GET', `${BASE}/{taskType}`, (request) => get(store, request));
  router.route('DELETE', `${BASE}/{taskType}`, (request) => remove(store, request));
}
