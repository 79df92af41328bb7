/**
 * Quick fix for diagnostics that carry `data.suggestion` (unknown type, property, enum value, reference, expression
 * field, script reference, workflow input): replace the flagged text with the suggestion.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, TextEdit } from 'vscode-languageserver-types';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { isObject } from '../model/jsonValue';
import { ACTION_DID_YOU_MEAN, fill } from './featureMessages';

// DECISION → SWITCH and LAMBDA → INLINE need more than a new type name, so renaming the type would break the task.
const NOT_A_RENAME = new Set(['conductor.deprecatedTaskType']);

/** A "Change to '…'" fix when the diagnostic suggests a replacement; undefined otherwise. */
export function didYouMeanAction(document: TextDocument, diagnostic: Diagnostic): CodeAction | undefined {
  const suggestion = isObject(diagnostic.data) ? diagnostic.data['suggestion'] : undefined;
  if (typeof suggestion !== 'string' || NOT_A_RENAME.has(String(diagnostic.code))) return undefined;
  const current = document.getText(diagnostic.range);
  // Values and keys are ranged with their quotes; spans inside a string (expressions, scripts) are not.
  const quoted = current.length >= 2 && current.startsWith('"') && current.endsWith('"');
  const text = quoted ? JSON.stringify(suggestion) : suggestion;
  return {
    title: fill(ACTION_DID_YOU_MEAN, { suggestion }),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: true,
    edit: { changes: { [document.uri]: [TextEdit.replace(diagnostic.range, text)] } },
  };
}
