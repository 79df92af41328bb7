/**
 * Workflows started by name from other definitions: an event handler's `start_workflow` action (§1.9), a
 * schedule's `startWorkflowRequest`, and a workflow's `failureWorkflow` (§1.2). Conductor checks none of them when
 * they are registered; the start fails later (404 "No such workflow defined", §5.1). Needs the cross-file index;
 * names holding `${…}` (resolved from the event payload or workflow input) are skipped.
 */
import { arrayProp, isDynamic, isObject, objectProp, stringProp } from '../model/jsonValue';
import type { JsonObject } from '../model/jsonValue';
import type { DefinitionIndex, JsonPath, Rule, RuleContext } from '../types';
import { formatMessage } from './messageFormat';

const UNKNOWN_NAME = "No workflow '%s' in %s: starting it fails with 'No such workflow defined'.";
const UNKNOWN_FAILURE_WORKFLOW =
  "No workflow '%s' in %s: when this workflow fails, Conductor cannot start its failure workflow.";
const UNKNOWN_VERSION = "Workflow '%s' has no version %d in %s (known versions: %s): starting it fails.";

/** `conductor.unknownWorkflowReference`: a warning on the workflow name or version. */
export const unknownWorkflowReference: Rule = {
  id: 'conductor.unknownWorkflowReference',
  kinds: ['event', 'schedule', 'workflow'],
  check(context) {
    const index = context.index;
    if (!index || !isObject(context.value)) return;
    const value = context.value;
    if (context.kind === 'event') {
      arrayProp(value, 'actions')?.forEach((action, i) => {
        const start = isObject(action) ? objectProp(action, 'start_workflow') : undefined;
        if (start) checkStart(this.id, context, index, start, ['actions', i, 'start_workflow']);
      });
    } else if (context.kind === 'schedule') {
      const request = objectProp(value, 'startWorkflowRequest');
      if (request) checkStart(this.id, context, index, request, ['startWorkflowRequest']);
    } else {
      const name = stringProp(value, 'failureWorkflow');
      // The legacy `$workflow.input.key` form reads the name from the input (§1.2).
      if (name && !name.startsWith('$') && index.getWorkflowVersions(name).length === 0) {
        const message = formatMessage(UNKNOWN_FAILURE_WORKFLOW, name, index.describe());
        context.report({ code: this.id, severity: 'warning', message, path: ['failureWorkflow'], target: 'value' });
      }
    }
  },
};

function checkStart(
  code: string,
  context: RuleContext,
  index: DefinitionIndex,
  start: JsonObject,
  path: JsonPath,
): void {
  const name = stringProp(start, 'name');
  if (!name || isDynamic(name) || isObject(start.workflowDef)) return;
  const versions = index.getWorkflowVersions(name).map((known) => known.version);
  if (versions.length === 0) {
    const message = formatMessage(UNKNOWN_NAME, name, index.describe());
    context.report({ code, severity: 'warning', message, path: [...path, 'name'], target: 'value' });
  } else if (typeof start.version === 'number' && !versions.includes(start.version)) {
    const known = [...versions].sort((a, b) => a - b).join(', ');
    const message = formatMessage(UNKNOWN_VERSION, name, start.version, index.describe(), known);
    context.report({ code, severity: 'warning', message, path: [...path, 'version'], target: 'value' });
  }
}
