/**
 * Quick fix for a duplicate taskReferenceName (`conductor.duplicateTaskReferenceName`, ranged on the value): give
 * this occurrence the first free `<ref>_<n>`. Only the declaration changes: which duplicate an existing `${ref…}`
 * meant is the author's call.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, TextEdit } from 'vscode-languageserver-types';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import type { FeatureModel } from './featureModel';
import { ACTION_UNIQUE_REF, fill } from './featureMessages';
import { uniqueRef } from './uniqueRef';

/** The diagnostic code this fix answers. */
export const DUPLICATE_REFERENCE = 'conductor.duplicateTaskReferenceName';

/** The "rename this duplicate" fix; undefined for other diagnostics. */
export function uniqueRefAction(
  document: TextDocument,
  model: FeatureModel,
  diagnostic: Diagnostic,
): CodeAction | undefined {
  if (diagnostic.code !== DUPLICATE_REFERENCE) return undefined;
  const ref = parseString(document.getText(diagnostic.range));
  if (ref === undefined) return undefined;
  const taken = new Set(model.tasks.flatMap((entry) => (entry.ref === undefined ? [] : [entry.ref])));
  const name = uniqueRef(ref, taken);
  return {
    title: fill(ACTION_UNIQUE_REF, { name }),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [document.uri]: [TextEdit.replace(diagnostic.range, JSON.stringify(name))] } },
  };
}

function parseString(text: string): string | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}
