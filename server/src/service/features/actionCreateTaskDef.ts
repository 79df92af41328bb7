/**
 * Quick fix for a SIMPLE task without a task definition (`conductor.missingTaskDefinition`, `data.taskName`):
 * create `<name>.taskdef.json` beside the workflow with sensible defaults, so Conductor stops running the task with
 * its implicit ones (§0.3).
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, CreateFile, TextDocumentEdit, TextEdit } from 'vscode-languageserver-types';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { isObject } from '../model/jsonValue';
import { ACTION_CREATE_TASK_DEF, fill } from './featureMessages';
import { taskDefTemplate } from './fileTemplates';

/** The diagnostic code this fix answers. */
export const MISSING_TASK_DEFINITION = 'conductor.missingTaskDefinition';

/** The "create task definition" fix for a missing-definition diagnostic; undefined for other diagnostics. */
export function createTaskDefAction(document: TextDocument, diagnostic: Diagnostic): CodeAction | undefined {
  const name = isObject(diagnostic.data) ? diagnostic.data['taskName'] : undefined;
  if (diagnostic.code !== MISSING_TASK_DEFINITION || typeof name !== 'string' || name === '') return undefined;
  const file = `${name.replace(/[^\w.-]/g, '_')}.taskdef.json`;
  const uri = `${document.uri.slice(0, document.uri.lastIndexOf('/') + 1)}${file}`;
  const content = `${JSON.stringify(taskDefTemplate(name), null, 2)}\n`;
  return {
    title: fill(ACTION_CREATE_TASK_DEF, { name, file }),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: {
      documentChanges: [
        // No ignoreIfExists: on a file that exists (a list of other definitions, one being edited) the editor refuses
        // the edit; ignoring it would prepend this template to that file's JSON.
        CreateFile.create(uri),
        TextDocumentEdit.create({ uri, version: null }, [TextEdit.insert({ line: 0, character: 0 }, content)]),
      ],
    },
  };
}
