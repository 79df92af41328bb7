/**
 * Maps a Conductor `validationErrors[].path` (reference/conductor.md §2.6) to a JSON path into the local file, so a
 * failed register can point at the right place. The path is Hibernate's method-validation path
 * `<method>.<param>[.<property path>]`, e.g. `registerWorkflowDef.workflowDef.tasks[1].forkTasks[0].<list element>[0]`
 * or `update.workflowDefs[0].tasks[1].decisionCases[yes].<map value>[0].name`; `<param>` may be `arg0`, and some
 * servers send the property path alone. Pure: no I/O.
 */

/** Segments of a JSON path: property names and array indexes. */
export type JsonPathSegments = (string | number)[];

/** A validation path taken apart. */
export interface ParsedValidationPath {
  /** Index into a list parameter (`workflowDefs[2]`, `taskDefinitions[0]`), when the request body was a list. */
  listIndex?: number;
  /** The path inside one definition; empty for class-level findings on the definition itself. */
  path: JsonPathSegments;
}

interface Token {
  name: string;
  keys: string[];
}

/** Hibernate's nodes for container elements; their keys index the container, their names are not properties. */
const CONTAINER_NODES = new Set(['<list element>', '<map value>', '<iterable element>', '<collection element>']);
/** Map-typed properties: a `[key]` after them is a map key, even when it looks like a number. */
const MAP_PROPERTIES = new Set(['decisionCases', 'inputParameters', 'outputParameters', 'taskToDomain', 'input']);
/** Top-level properties of the definitions: a path starting with one of them has no method/param prefix. */
const DEFINITION_PROPERTIES = new Set(
  (
    'name description version tasks inputParameters outputParameters failureWorkflow schemaVersion restartable ' +
    'workflowStatusListenerEnabled workflowStatusListenerSink ownerEmail ownerApp timeoutPolicy timeoutSeconds ' +
    'variables inputTemplate inputSchema outputSchema enforceSchema metadata rateLimitConfig maskedFields retryCount ' +
    'retryLogic retryDelaySeconds responseTimeoutSeconds concurrentExecLimit rateLimitPerFrequency ' +
    'rateLimitFrequencyInSeconds isolationGroupId executionNameSpace pollTimeoutSeconds backoffScaleFactor baseType ' +
    'totalTimeoutSeconds event condition actions active evaluatorType cronExpression cronSchedules zoneId ' +
    'startWorkflowRequest scheduleStartTime scheduleEndTime'
  ).split(' '),
);

function tokenize(path: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < path.length) {
    let name = '';
    while (i < path.length && path[i] !== '.' && path[i] !== '[') name += path[i++];
    const keys: string[] = [];
    while (path[i] === '[') {
      const end = path.indexOf(']', i);
      const close = end < 0 ? path.length : end;
      keys.push(path.slice(i + 1, close));
      i = close + 1;
    }
    if (name !== '' || keys.length > 0) tokens.push({ name, keys });
    if (path[i] === '.') i++;
  }
  return tokens;
}

function index(key: string): number | string {
  return /^\d+$/.test(key) ? Number(key) : key;
}

/** Leading tokens that are the method and parameter names (at most two, never a definition property). */
function prefixLength(tokens: readonly Token[]): number {
  let count = 0;
  while (count < 2 && count < tokens.length) {
    const token = tokens[count];
    if (token === undefined || DEFINITION_PROPERTIES.has(token.name) || CONTAINER_NODES.has(token.name)) break;
    count++;
  }
  return count;
}

/** Splits a validation path into the list index of the request body and the path inside the definition. */
export function parseValidationPath(validationPath: string): ParsedValidationPath {
  const tokens = tokenize(validationPath.trim());
  const skip = prefixLength(tokens);
  const param = skip > 0 ? tokens[skip - 1] : undefined;
  const paramIndex = param?.keys[0] === undefined ? undefined : index(param.keys[0]);
  const path: JsonPathSegments = [];
  for (let t = skip; t < tokens.length; t++) {
    const token = tokens[t] as Token;
    const isMap = MAP_PROPERTIES.has(token.name) || tokens[t + 1]?.name === '<map value>';
    if (!CONTAINER_NODES.has(token.name) && token.name !== '') path.push(token.name);
    for (const key of token.keys) path.push(isMap ? key : index(key));
  }
  return typeof paramIndex === 'number' ? { listIndex: paramIndex, path } : { path };
}

/**
 * The JSON path into a file: a file holding an array of definitions gets the list index in front (0 when the
 * request carried one definition); a file holding one definition uses the inner path alone.
 */
export function toDocumentPath(validationPath: string, fileHoldsArray: boolean): JsonPathSegments {
  const parsed = parseValidationPath(validationPath);
  return fileHoldsArray ? [parsed.listIndex ?? 0, ...parsed.path] : parsed.path;
}
