/**
 * Registration validation with the linter's core (`validateValue`), filtered to what real Conductor rejects, and
 * shaped as Conductor's 400 body (reference/conductor.md §2.6).
 *
 * Decision: the linter is stricter than the server (unknown fields, forward references, deprecated types, JOIN
 * placement…), and registering must accept whatever Conductor accepts. So a finding blocks registration only when
 * it is an error that Conductor itself raises at registration:
 * - its message is one of Conductor's registration messages (§1.2, §1.5 bean constraints, §2.3 validators; the
 *   schema and rules carry those exact texts), and it is not inside a DO_WHILE `loopOver` (Conductor does not
 *   validate those tasks, §0.5) unless it is the duplicate-reference check, which covers every task (§2.3);
 * - or it is an invalid value of a Java enum field (Conductor fails deserialization there with a 500; we answer 400).
 * Runtime-only messages (FORK not followed by JOIN, §2.5) never block, nor do findings inside inline task or child
 * workflow definitions, which Conductor does not validate.
 */
import type { ValidationError } from '../../../common/src/model';
import type { DocumentKind, Finding } from '../../../server/src/service';
import { validateValue } from '../../../server/src/service';
import { BadRequestError } from '../http';
import { toValidationPath } from './metadataValidationPath';

/** Conductor's fixed message for every bean-validation 400 (§2.6). */
export const VALIDATION_FAILED = 'Validation failed, check below errors for detail.';

const CONDUCTOR_MESSAGES: readonly RegExp[] = [
  /^WorkflowDef name cannot be null or empty$/,
  /^WorkflowTask list cannot be empty$/,
  /^workflowDef schemaVersion: .* is only supported$/,
  /^WorkflowTask name cannot be empty or null$/,
  /^WorkflowTask taskReferenceName name cannot be empty or null$/,
  /^must be greater than or equal to 0$/,
  / field is required for taskType: /,
  /should have atleast one task for taskType: /,
  /cam be used for taskType: FORK_JOIN_DYNAMIC/,
  /^Expression is not well formatted: /,
  /^terminate task /,
  /^taskReferenceName: .* should be unique across tasks for a given workflowDefinition: /,
  // The linter may add a sentence (a did-you-mean, why the reference is read so); Conductor's text starts the message.
  /^taskReferenceName: .* is not defined in workflow definition\./,
  /^key: .* input parameter value: .* is not valid$/,
  /^Both 'duration' and 'until' specified/,
  /^Unable to parse date /,
  /^Either date or duration is passed as null /,
  /^Wait time specified is invalid/,
  /^workflowDefinition is a string, but not a valid DSL string/,
  /^TaskDef /,
  /^Backoff scale factor\. Applicable for LINEAR_BACKOFF$/,
  /^Missing event handler name$/,
  /^Missing event location$/,
  /^No actions specified\. Please specify at-least one action$/,
];

const JAVA_ENUM_FIELDS = new Set(['timeoutPolicy', 'retryLogic', 'idempotencyStrategy', 'joinMode']);
const DUPLICATE_REF = /should be unique across tasks/;
/**
 * Objects Conductor never bean-validates (no `@Valid`): a SUB_WORKFLOW's inline child `workflowDefinition` (§1.4, a
 * plain Object, not even bound to WorkflowDef at registration) and a task's inline `taskDefinition` (§1.3, bound to
 * TaskDef, so only its Java enums can fail). Other findings inside them fail at run time, if at all.
 */
const UNBOUND_FIELD = 'workflowDefinition';
const UNVALIDATED_FIELD = 'taskDefinition';

/** Whether Conductor would reject the definition for this finding (see the module comment). */
export function isBlocking(finding: Finding): boolean {
  if (finding.severity !== 'error' || finding.path.includes(UNBOUND_FIELD)) return false;
  if (finding.code === 'conductor.schema.enum' && JAVA_ENUM_FIELDS.has(String(finding.path.at(-1)))) return true;
  if (finding.path.includes(UNVALIDATED_FIELD)) return false;
  if (!CONDUCTOR_MESSAGES.some((pattern) => pattern.test(finding.message))) return false;
  return DUPLICATE_REF.test(finding.message) || !finding.path.includes('loopOver');
}

/** Conductor's `validationErrors` for `value`, each path prefixed with `<method>.<param>` (e.g. `registerWorkflowDef.workflowDef`). */
export function registrationErrors(value: unknown, kind: DocumentKind, prefix: string): ValidationError[] {
  const errors = new Map<string, ValidationError>();
  for (const finding of validateValue(value, kind, {}).filter(isBlocking)) {
    const path = toValidationPath(prefix, finding);
    // The linter marks every occurrence of a duplicate; Conductor's class-level check reports it once.
    errors.set(`${path}\u0000${finding.message}`, { path, message: finding.message });
  }
  return [...errors.values()];
}

/** Throws Conductor's 400 when `errors` is not empty. */
export function throwIfInvalid(errors: readonly ValidationError[]): void {
  if (errors.length > 0) throw new BadRequestError(VALIDATION_FAILED, [...errors]);
}
