/**
 * Quick fix for `${workflow.input.x}` where `x` is not in the workflow's `inputParameters`
 * (`conductor.undeclaredWorkflowInput`, `data.input`): append `x` to that list, which documents the expected inputs
 * (§1.2).
 */
import { modify } from 'jsonc-parser';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, TextEdit } from 'vscode-languageserver-types';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { isObject } from '../model/jsonValue';
import { ACTION_DECLARE_INPUT, fill } from './featureMessages';
import { toRange } from './featureRanges';

/** The diagnostic code this fix answers. */
export const UNDECLARED_INPUT = 'conductor.undeclaredWorkflowInput';

/** The "declare the input" fix; undefined for other diagnostics. */
export function declareInputAction(document: TextDocument, diagnostic: Diagnostic): CodeAction | undefined {
  const input = isObject(diagnostic.data) ? diagnostic.data['input'] : undefined;
  if (diagnostic.code !== UNDECLARED_INPUT || typeof input !== 'string') return undefined;
  const text = document.getText();
  const edits = modify(text, ['inputParameters', -1], input, {
    isArrayInsertion: true,
    formattingOptions: { tabSize: 2, insertSpaces: true, eol: text.includes('\r\n') ? '\r\n' : '\n' },
  });
  return {
    title: fill(ACTION_DECLARE_INPUT, { name: input }),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: {
      changes: {
        [document.uri]: edits.map((edit) =>
          TextEdit.replace(toRange(document, { start: edit.offset, end: edit.offset + edit.length }), edit.content),
        ),
      },
    },
  };
}
