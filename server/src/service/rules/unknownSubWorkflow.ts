/**
 * SUB_WORKFLOW naming a workflow (or version) the index does not know. Registration does not check it; starting the
 * parent fails when no version exists (§2.5, §5.9). Skipped without the index, for expression names (resolved at
 * runtime) and for inline child definitions.
 */
import { isDynamic, isObject, objectProp, stringProp } from '../model/jsonValue';
import { analyzeWorkflow } from '../model/workflowModel';
import type { Rule } from '../types';
import { formatMessage } from './messageFormat';

const UNKNOWN_WORKFLOW =
  "No workflow '%s' in %s: Conductor registers this definition, but starting it fails ('The Task %s defined as a sub-workflow has no workflow definition available').";
const UNKNOWN_VERSION = "Workflow '%s' has no version %d in %s (known versions: %s): the sub-workflow cannot start.";

/** `conductor.unknownSubWorkflow`: a warning on `subWorkflowParam.name` or `.version`. */
export const unknownSubWorkflow: Rule = {
  id: 'conductor.unknownSubWorkflow',
  kinds: ['workflow'],
  check(context) {
    const index = context.index;
    if (!index) return;
    for (const entry of analyzeWorkflow(context.value).tasks) {
      if (entry.type !== 'SUB_WORKFLOW') continue;
      const param = objectProp(entry.task, 'subWorkflowParam');
      const name = param && stringProp(param, 'name');
      if (entry.type !== 'SUB_WORKFLOW' || !param || !name || isDynamic(name)) continue;
      if (isObject(param.workflowDefinition) || isDynamic(param.workflowDefinition)) continue;
      const path = [...entry.path, 'subWorkflowParam'];
      const versions = index.getWorkflowVersions(name).map((known) => known.version);
      if (versions.length === 0) {
        const message = formatMessage(UNKNOWN_WORKFLOW, name, index.describe(), entry.name ?? '');
        context.report({ code: this.id, severity: 'warning', message, path: [...path, 'name'], target: 'value' });
      } else if (typeof param.version === 'number' && !versions.includes(param.version)) {
        const known = [...versions].sort((a, b) => a - b).join(', ');
        const message = formatMessage(UNKNOWN_VERSION, name, param.version, index.describe(), known);
        context.report({ code: this.id, severity: 'warning', message, path: [...path, 'version'], target: 'value' });
      }
    }
  },
};
