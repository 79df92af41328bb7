/**
 * The input a start pre-fills for a workflow: every declared `inputParameters` name, with the value of the
 * definition's `inputTemplate` when it has one (Conductor merges `inputTemplate` under the start input, §1.2), then
 * whatever the user sent last time for that workflow on top. No `vscode` import.
 */
import type { WorkflowDef } from '../../../common/src/model';

/** A JSON object input. */
export type WorkflowInput = Record<string, unknown>;

/**
 * The pre-filled input: declared parameters (empty strings, to be typed over), template defaults, and the
 * remembered input last, so values the user chose win and parameters added to the definition since still appear.
 */
export function prefilledInput(
  definition: Pick<WorkflowDef, 'inputParameters' | 'inputTemplate'>,
  remembered?: WorkflowInput,
): WorkflowInput {
  const input: WorkflowInput = {};
  for (const name of definition.inputParameters ?? []) {
    if (typeof name === 'string' && name !== '') input[name] = '';
  }
  Object.assign(input, definition.inputTemplate ?? {}, remembered ?? {});
  return input;
}

/** The text an input editor opens with: pretty JSON with a final newline. */
export function inputText(input: WorkflowInput): string {
  return `${JSON.stringify(input, null, 2)}\n`;
}
