/**
 * User-facing texts of the editor features (rename refusals, code-action titles), kept as constants so tests assert
 * against the same strings the user sees. `{…}` placeholders are filled by `fill`.
 */

/** Rename or prepareRename away from any task reference. */
export const RENAME_NOT_A_REFERENCE =
  'Only a task reference name can be renamed here. Put the cursor on a taskReferenceName, a ${ref…} expression, a joinOn entry or a $.ref in a loop condition.';

/** The new name is already a taskReferenceName of the workflow. */
export const RENAME_EXISTS =
  "A task with taskReferenceName '{name}' already exists in this workflow; Conductor requires unique reference names. Choose another name.";

/** The new name is blank. */
export const RENAME_EMPTY = 'A taskReferenceName cannot be empty. Type a name.';

/** The new name has characters that would break `${ref.output…}` paths. */
export const RENAME_INVALID =
  "'{name}' cannot be used as a taskReferenceName in expressions: use letters, digits, '_' and '-' only (no spaces, '.', '[', '$', '{' or '}').";

/** Quick-fix title: replace with the diagnostic's suggestion. */
export const ACTION_DID_YOU_MEAN = "Change to '{suggestion}'";

/** Quick-fix title: create the missing task definition file. */
export const ACTION_CREATE_TASK_DEF = "Create task definition '{name}' in {file}";

/** Quick-fix title: insert the JOIN a fork needs. */
export const ACTION_ADD_JOIN = 'Add a JOIN after this {type}';

/** Quick-fix title: add an input name to the workflow's `inputParameters`. */
export const ACTION_DECLARE_INPUT = "Declare '{name}' in the workflow's inputParameters";

/** Quick-fix title: give a duplicate taskReferenceName a free name. */
export const ACTION_UNIQUE_REF = "Rename this duplicate to '{name}'";

/** Replaces `{key}` placeholders in a message. */
export function fill(message: string, values: Readonly<Record<string, string>>): string {
  return message.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
}
