/**
 * Quick fix for diagnostics that carry `data.suggestion` (unknown type, property, enum value, reference, expression
 * field, script reference, workflow input): replace the flagged text with the suggestion.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, TextEdit } from 'vscode-languageserver-types';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { isObject } from '../model/jsonValue';
import { ACTION_DID_YOU_MEAN, fill } from './featureMessages';
import { toRange } from './featureRanges';
import { scriptPropertyEdit } from './scriptPropertyEdit';

// DECISION → SWITCH and LAMBDA → INLINE need more than a new type name, so renaming the type would break the task.
const NOT_A_RENAME = new Set(['conductor.deprecatedTaskType']);
const UNKNOWN_SCRIPT_REFERENCE = 'conductor.unknownScriptReference';

/** A "Change to '…'" fix when the diagnostic suggests a replacement; undefined otherwise. */
export function didYouMeanAction(document: TextDocument, diagnostic: Diagnostic): CodeAction | undefined {
  const suggestion = isObject(diagnostic.data) ? diagnostic.data['suggestion'] : undefined;
  if (typeof suggestion !== 'string' || NOT_A_RENAME.has(String(diagnostic.code))) return undefined;
  const current = document.getText(diagnostic.range);
  // Values and keys are ranged with their quotes; spans inside a string (expressions, scripts) are not.
  const quoted = current.length >= 2 && current.startsWith('"') && current.endsWith('"');
  const edit = quoted
    ? TextEdit.replace(diagnostic.range, JSON.stringify(suggestion))
    : spanEdit(document, diagnostic, suggestion);
  return {
    title: fill(ACTION_DID_YOU_MEAN, { suggestion }),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: true,
    edit: { changes: { [document.uri]: [edit] } },
  };
}

// In a loop condition, `$.my_lop` changed to `my-loop` must become `$['my-loop']`, not `$.my - loop` (§5.8).
function spanEdit(document: TextDocument, diagnostic: Diagnostic, suggestion: string): TextEdit {
  if (diagnostic.code !== UNKNOWN_SCRIPT_REFERENCE) return TextEdit.replace(diagnostic.range, suggestion);
  const range = { start: document.offsetAt(diagnostic.range.start), end: document.offsetAt(diagnostic.range.end) };
  const edit = scriptPropertyEdit(document.getText(), range, suggestion);
  return TextEdit.replace(toRange(document, edit.range), edit.newText);
}
