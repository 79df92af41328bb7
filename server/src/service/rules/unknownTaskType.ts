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
/**
 * System task types of Orkes Conductor (as listed by conductor-oss's own UI, `ui-next/src/types/common.ts`): real
 * types there, so never a typo of an OSS type (`GET_WORKFLOW` is not a misspelt `SUB_WORKFLOW`). OSS still runs
 * them as USER_DEFINED worker tasks, which the warning says.
 */
const ORKES_TYPES: ReadonlySet<string> = new Set([
  'YIELD',
  'TERMINATE_WORKFLOW',
  'WAIT_FOR_EVENT',
  'BUSINESS_RULE',
  'SENDGRID',
  'WAIT_FOR_WEBHOOK',
  'HTTP_POLL',
  'JDBC',
  'LLM_INDEX_DOCUMENT',
  'GET_DOCUMENT',
  'UPDATE_SECRET',
  'JUMP',
  'QUERY_PROCESSOR',
  'OPS_GENIE',
  'GET_SIGNED_JWT',
  'UPDATE_TASK',
  'GET_WORKFLOW',
  'GRPC',
  'INTEGRATION',
  'MCP_REMOTE',
  'CHUNK_TEXT',
  'LIST_FILES',
  'PARSE_DOCUMENT',
]);
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
      const suggestion = ORKES_TYPES.has(entry.type) ? undefined : suggest(entry.type, known);
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
