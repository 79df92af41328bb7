/**
 * Turns a finding's JSON path into the Hibernate method-validation path Conductor reports (reference/conductor.md
 * §2.6): `registerWorkflowDef.workflowDef.tasks[0].forkTasks[1].<list element>[0].name`,
 * `…decisionCases[case].<map value>[0]`. Class-level constraints (WorkflowTaskTypeConstraint, TaskTimeoutConstraint,
 * TaskReferenceNameUniqueConstraint) point at the object that carries them, not at a field.
 */
import type { Finding, JsonPath } from '../../../server/src/service';

const TASK_CLASS_LEVEL = [
  / field is required for taskType: /,
  /should have atleast one task for taskType: /,
  /cam be used for taskType: /,
  /^Expression is not well formatted: /,
  /^terminate task /,
  /^Both 'duration' and 'until' specified/,
  /^Unable to parse date /,
  /^Either date or duration is passed as null /,
  /^Wait time specified is invalid/,
];
const ROOT_CLASS_LEVEL = [/should be unique across tasks/, /is not defined in workflow definition\.$/, /^TaskDef: /];
const TASK_LISTS = new Set(['tasks', 'defaultCase', 'loopOver']);

/** The length of the path prefix that ends at the innermost workflow task. */
function taskPrefixLength(path: JsonPath): number {
  let end = 0;
  for (let i = 1; i < path.length; i++) {
    const parent = path[i - 1];
    const inList = typeof parent === 'string' && TASK_LISTS.has(parent);
    const inFork = path[i - 2] === 'forkTasks' && typeof parent === 'number';
    const inCase = path[i - 2] === 'decisionCases';
    if (typeof path[i] === 'number' && (inList || inFork || inCase)) end = i + 1;
  }
  return end;
}

function trimmed(finding: Finding): JsonPath {
  if (ROOT_CLASS_LEVEL.some((pattern) => pattern.test(finding.message))) return [];
  if (TASK_CLASS_LEVEL.some((pattern) => pattern.test(finding.message))) {
    return finding.path.slice(0, taskPrefixLength(finding.path));
  }
  return finding.path;
}

/** `prefix` plus the finding's path in Hibernate's notation. */
export function toValidationPath(prefix: string, finding: Finding): string {
  const path = trimmed(finding);
  let text = prefix;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (typeof segment === 'string') {
      text += path[i - 1] === 'decisionCases' ? `[${segment}].<map value>` : `.${segment}`;
    } else {
      text += path[i - 1] === 'forkTasks' ? `[${segment}].<list element>` : `[${segment}]`;
    }
  }
  return text;
}
