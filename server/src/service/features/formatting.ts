/**
 * Document formatting: canonical 2-space JSON (the layout of `JSON.stringify(value, null, 2)` and of Conductor's
 * own examples), independent of the editor's tab settings so every author produces the same file.
 */
import { format } from 'jsonc-parser';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Range, TextEdit } from 'vscode-languageserver-types';
import type { ParsedDocument } from '../types';

/** Edits that reformat the whole document; none when the text has syntax errors (formatting could lose text). */
export function formatDocument(document: TextDocument, parsed: ParsedDocument): TextEdit[] {
  if (parsed.syntaxErrors.length > 0 || parsed.text.trim() === '') return [];
  const eol = parsed.text.includes('\r\n') ? '\r\n' : '\n';
  const edits = format(parsed.text, undefined, { tabSize: 2, insertSpaces: true, eol, insertFinalNewline: true });
  return edits.map((edit) =>
    TextEdit.replace(
      Range.create(document.positionAt(edit.offset), document.positionAt(edit.offset + edit.length)),
      edit.content,
    ),
  );
}
