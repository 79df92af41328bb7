/**
 * Inputs HTTP, KAFKA_PUBLISH and JSON_JQ_TRANSFORM need, which the task's inputParameters or its task definition's
 * `inputTemplate` can provide (§2.3). Conductor takes the inline `taskDefinition` if present, else the registered
 * definition of the same name; the schema cannot see the latter, so this is a rule. Without the cross-file index
 * only an inline definition can be judged, so tasks without one are skipped then. Inputs that only fail when the
 * task runs are checked too: START_WORKFLOW's `startWorkflow`, and an HTTP request's `uri` and `method`.
 */
import { hasValue, objectProp } from '../model/jsonValue';
import type { TaskEntry } from '../model/taskWalker';
import { analyzeWorkflow } from '../model/workflowModel';
import type { DefinitionIndex, Rule } from '../types';
import { httpRequestFindings } from './httpRequestFields';
import { formatMessage } from './messageFormat';

interface Requirement {
  /** Input keys of which one must be present. */
  readonly keys: readonly string[];
  /** Conductor's message (§2.3), `%s` = the task name. */
  readonly message: string;
}

const REQUIREMENTS: Readonly<Record<string, Requirement>> = {
  // Since v3.22.1 a top-level uri or method in inputParameters is accepted too (§8).
  HTTP: {
    keys: ['http_request', 'uri', 'method'],
    message: 'inputParameters.http_request or inputParameters.uri field is required for taskType: HTTP taskName: %s',
  },
  KAFKA_PUBLISH: {
    keys: ['kafka_request'],
    message: 'inputParameters.kafka_request field is required for taskType: KAFKA_PUBLISH taskName: %s',
  },
  JSON_JQ_TRANSFORM: {
    keys: ['queryExpression'],
    message: 'inputParameters.queryExpression field is required for taskType: JSON_JQ_TRANSFORM taskName: %s',
  },
};

/** Inputs Conductor does not check at registration, but without which the task fails when it runs. */
const RUNTIME_REQUIREMENTS: Readonly<Record<string, Requirement>> = {
  START_WORKFLOW: {
    keys: ['startWorkflow'],
    message:
      "START_WORKFLOW task %s has no inputParameters.startWorkflow: Conductor fails it with 'Missing 'startWorkflow' in input data.'",
  },
};

/** `conductor.taskInputRequirement`: an error on `inputParameters` (or on `type` when there is none). */
export const taskInputRequirement: Rule = {
  id: 'conductor.taskInputRequirement',
  kinds: ['workflow'],
  check(context) {
    for (const entry of analyzeWorkflow(context.value).tasks) {
      if (entry.type === 'HTTP') {
        const findings = httpRequestFindings(entry, templateKeysOf(entry, context.index));
        for (const finding of findings) context.report({ ...finding, code: this.id });
      }
      const requirement = REQUIREMENTS[entry.type] ?? RUNTIME_REQUIREMENTS[entry.type];
      if (!requirement || satisfied(entry, requirement.keys, context.index)) continue;
      const hasInput = objectProp(entry.task, 'inputParameters') !== undefined;
      context.report({
        code: this.id,
        severity: 'error',
        message: formatMessage(requirement.message, entry.name ?? ''),
        path: [...entry.path, hasInput ? 'inputParameters' : 'type'],
        target: hasInput ? 'key' : 'value',
      });
    }
  },
};

function satisfied(entry: TaskEntry, keys: readonly string[], index: DefinitionIndex | undefined): boolean {
  const input = objectProp(entry.task, 'inputParameters');
  if (keys.some((key) => input !== undefined && Object.hasOwn(input, key))) return true;
  const inline = objectProp(entry.task, 'taskDefinition');
  if (inline) return keys.some((key) => hasValue(objectProp(inline, 'inputTemplate'), key));
  // Without the index, a registered definition (looked up on the server by name) may provide it: no finding.
  if (!index) return true;
  const registered = entry.name === undefined ? undefined : index.getTaskDef(entry.name);
  if (!registered) return false;
  // A definition whose inputTemplate we cannot see may provide it: do not guess.
  const templateKeys = (registered as { inputTemplateKeys?: readonly string[] }).inputTemplateKeys;
  return templateKeys === undefined || keys.some((key) => templateKeys.includes(key));
}

/** The inputTemplate keys of the task definition Conductor uses for `entry`; undefined when that is unknown. */
function templateKeysOf(entry: TaskEntry, index: DefinitionIndex | undefined): readonly string[] | undefined {
  const inline = objectProp(entry.task, 'taskDefinition');
  if (inline) return Object.keys(objectProp(inline, 'inputTemplate') ?? {});
  if (!index) return undefined;
  const registered = entry.name === undefined ? undefined : index.getTaskDef(entry.name);
  if (!registered) return [];
  return (registered as { inputTemplateKeys?: readonly string[] }).inputTemplateKeys;
}
