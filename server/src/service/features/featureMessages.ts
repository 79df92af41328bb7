/**
 * User-facing texts of the editor features (rename refusals, code-action titles), kept as constants so tests assert
 * against the same strings the user sees. `{…}` placeholders are filled by `fill`.
 */

export const RENAME_NOT_A_REFERENCE =
  'Only a task reference name can be renamed here. Put the cursor on a taskReferenceName, a ${ref…} expression, a joinOn entry or a $.ref in a loop condition.';
export const RENAME_EXISTS =
  "A task with taskReferenceName '{name}' already exists in this workflow; Conductor requires unique reference names. Choose another name.";
export const RENAME_EMPTY = 'A taskReferenceName cannot be empty. Type a name.';
export const RENAME_INVALID =
  "'{name}' cannot be used as a taskReferenceName in expressions: use letters, digits, '_' and '-' only (no spaces, '.', '[', '$', '{' or '}').";

export const ACTION_DID_YOU_MEAN = "Change to '{suggestion}'";
export const ACTION_CREATE_TASK_DEF = "Create task definition '{name}' in {file}";
export const ACTION_ADD_JOIN = 'Add a JOIN after this {type}';
export const ACTION_UNIQUE_REF = "Rename this duplicate to '{name}'";

/** Replaces `{key}` placeholders in a message. */
export function fill(message: string, values: Readonly<Record<string, string>>): string {
  return message.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
}
