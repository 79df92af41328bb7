/**
 * SUB_WORKFLOW naming a workflow (or version) the index does not know. Registration does not check it; starting the
 * parent fails when no version exists (§2.5, §5.9). Skipped without the index, for expression names (resolved at
 * runtime) and for inline child definitions. When the editor knows what is registered on its active server, that is
 * what counts (the child is looked up there at start), with its own code `conductor.subWorkflowNotRegistered`.
 */
import { isDynamic, isObject, objectProp, stringProp } from '../model/jsonValue';
import { analyzeWorkflow } from '../model/workflowModel';
import { registeredOf } from '../registeredDefinitions';
import type { Finding, JsonPath, Rule } from '../types';
import { formatMessage } from './messageFormat';

const UNKNOWN_WORKFLOW =
  "No workflow '%s' in %s: Conductor registers this definition, but starting it fails ('The Task %s defined as a sub-workflow has no workflow definition available').";
const UNKNOWN_VERSION = "Workflow '%s' has no version %d in %s (known versions: %s): the sub-workflow cannot start.";

/** The code of the finding against the active server's registrations. */
export const NOT_REGISTERED_CODE = 'conductor.subWorkflowNotRegistered';

const NOT_REGISTERED =
  "Workflow '%s' is not registered on server \"%s\": starting this workflow there fails ('The Task %s defined as a sub-workflow has no workflow definition available'). Register the child workflow first.";
const VERSION_NOT_REGISTERED =
  'Workflow \'%s\' has no version %d registered on server "%s" (registered versions: %s): the sub-workflow cannot start there.';

/**
 * What to report, if anything, for a child `name`/`version` given the versions known to a source. `param` builds the
 * path of `subWorkflowParam` only for a finding (task paths are assembled lazily; most tasks report nothing).
 */
function problem(
  versions: readonly number[],
  version: unknown,
  param: () => JsonPath,
  messages: { missing: () => string; version: (known: string) => string },
): Pick<Finding, 'message' | 'path'> | undefined {
  if (versions.length === 0) return { message: messages.missing(), path: [...param(), 'name'] };
  if (typeof version !== 'number' || versions.includes(version)) return undefined;
  const known = [...versions].sort((a, b) => a - b).join(', ');
  return { message: messages.version(known), path: [...param(), 'version'] };
}

/** `conductor.unknownSubWorkflow`: a warning on `subWorkflowParam.name` or `.version`. */
export const unknownSubWorkflow: Rule = {
  id: 'conductor.unknownSubWorkflow',
  kinds: ['workflow'],
  check(context) {
    const index = context.index;
    if (!index) return;
    const registered = registeredOf(index);
    for (const entry of analyzeWorkflow(context.value).tasks) {
      if (entry.type !== 'SUB_WORKFLOW') continue;
      const param = objectProp(entry.task, 'subWorkflowParam');
      const name = param && stringProp(param, 'name');
      if (!param || !name || isDynamic(name)) continue;
      if (isObject(param.workflowDefinition) || isDynamic(param.workflowDefinition)) continue;
      const path = (): JsonPath => [...entry.path, 'subWorkflowParam'];
      const version = param.version;
      const found = registered
        ? problem(registered.workflowVersions(name), version, path, {
            missing: () => formatMessage(NOT_REGISTERED, name, registered.profile, entry.name ?? ''),
            version: (known) => formatMessage(VERSION_NOT_REGISTERED, name, Number(version), registered.profile, known),
          })
        : problem(
            index.getWorkflowVersions(name).map((known) => known.version),
            version,
            path,
            {
              missing: () => formatMessage(UNKNOWN_WORKFLOW, name, index.describe(), entry.name ?? ''),
              version: (known) => formatMessage(UNKNOWN_VERSION, name, Number(version), index.describe(), known),
            },
          );
      const code = registered ? NOT_REGISTERED_CODE : this.id;
      if (found) context.report({ code, severity: 'warning', target: 'value', ...found });
    }
  },
};
