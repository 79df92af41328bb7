/**
 * Task types Conductor does not know. Conductor accepts any string and schedules an unknown type as a worker task
 * queued under the type name (USER_DEFINED, §0.2, §1.11), so a typo such as `SIMPEL` never fails loudly: the task
 * just waits for a worker that does not exist.
 */
import { suggest } from '../didYouMean';
import { KNOWN_TASK_TYPES } from '../model/knownTaskTypes';
import { analyzeWorkflow } from '../model/workflowModel';
import type { Rule } from '../types';
import { formatMessage } from './messageFormat';

const TYPO =
  "Unknown task type '%s'. Did you mean '%s'? Today Conductor would queue it as a worker task of type '%s' that never runs.";
const USER_DEFINED =
  "'%s' is not a Conductor task type: Conductor runs it as a USER_DEFINED worker task polled under the type '%s'. Use SIMPLE with a task definition unless a worker polls this type.";

/** `conductor.unknownTaskType`: error with a suggestion when close to a known type, else a warning. */
export const unknownTaskType: Rule = {
  id: 'conductor.unknownTaskType',
  kinds: ['workflow'],
  check(context) {
    const known = KNOWN_TASK_TYPES;
    for (const entry of analyzeWorkflow(context.value).tasks) {
      if (typeof entry.task.type !== 'string' || known.has(entry.type)) continue;
      const suggestion = suggest(entry.type, known);
      const path = [...entry.path, 'type'];
      if (suggestion !== undefined) {
        context.report({
          code: this.id,
          severity: 'error',
          message: formatMessage(TYPO, entry.type, suggestion, entry.type),
          path,
          target: 'value',
          data: { suggestion },
        });
      } else {
        context.report({
          code: this.id,
          severity: 'warning',
          message: formatMessage(USER_DEFINED, entry.type, entry.type),
          path,
          target: 'value',
        });
      }
    }
  },
};
