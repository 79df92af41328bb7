/**
 * Rename of a taskReferenceName: the task and every use in the file (expressions, joinOn, defaultExclusiveJoinTask,
 * `$.ref` in loop conditions). A name that already exists is refused, because Conductor rejects duplicate
 * reference names (§2.3).
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { TextEdit } from 'vscode-languageserver-types';
import type { Range, WorkspaceEdit } from 'vscode-languageserver-types';
import type { FeatureModel } from './featureModel';
import { toRange } from './featureRanges';
import { RENAME_EMPTY, RENAME_EXISTS, RENAME_INVALID, RENAME_NOT_A_REFERENCE, fill } from './featureMessages';
import { occurrenceAt, refOccurrences } from './refOccurrences';
import type { RefOccurrence } from './refOccurrences';
import { scriptPropertyEdit } from './scriptPropertyEdit';

/** Either a value or the reason the request is refused (shown to the user). */
export type Refusable<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

// Characters that would end or change the path of a `${ref.output…}` expression.
const VALID_REF = /^[A-Za-z0-9_-]+$/;

/** The range and current name under the cursor, or why renaming is not possible there. */
export function prepareRename(
  document: TextDocument,
  model: FeatureModel,
  offset: number,
): Refusable<{ range: Range; placeholder: string }> {
  const occurrence = occurrenceAt(model, offset);
  if (!occurrence) return { ok: false, error: RENAME_NOT_A_REFERENCE };
  return { ok: true, value: { range: toRange(document, occurrence.range), placeholder: occurrence.ref } };
}

/** The edits renaming the reference under the cursor to `newName`, or why not. */
export function renameReference(
  document: TextDocument,
  model: FeatureModel,
  offset: number,
  newName: string,
): Refusable<WorkspaceEdit> {
  const occurrence = occurrenceAt(model, offset);
  if (!occurrence) return { ok: false, error: RENAME_NOT_A_REFERENCE };
  const name = newName.trim();
  if (name === '') return { ok: false, error: RENAME_EMPTY };
  if (!VALID_REF.test(name)) return { ok: false, error: fill(RENAME_INVALID, { name }) };
  if (name !== occurrence.ref && model.scope.byRef.has(name))
    return { ok: false, error: fill(RENAME_EXISTS, { name }) };
  const edits = refOccurrences(model, occurrence.ref).map((use) => renameEdit(document, model, use, name));
  return { ok: true, value: { changes: { [document.uri]: edits } } };
}

// `$.loop` renamed to `my-loop` would read `$.my - loop` in JavaScript (§5.8): the dot form becomes `$['my-loop']`.
function renameEdit(document: TextDocument, model: FeatureModel, use: RefOccurrence, name: string): TextEdit {
  if (use.kind !== 'script') return TextEdit.replace(toRange(document, use.range), name);
  const edit = scriptPropertyEdit(model.parsed.text, use.range, name);
  return TextEdit.replace(toRange(document, edit.range), edit.newText);
}
