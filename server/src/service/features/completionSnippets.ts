/**
 * Snippet completion: one per task type where a new task goes in a task list, with fresh, unique reference names
 * generated at completion time. Whole-file skeletons live in `snippets/conductor.json` (VS Code offers them even
 * before the server runs), so the server does not repeat them.
 */
import { CompletionItemKind, InsertTextFormat, MarkupKind, TextEdit } from 'vscode-languageserver-types';
import type { CompletionItem } from 'vscode-languageserver-types';
import type { CompletionContext } from './completionContext';
import { isTaskListPath } from './completionContext';
import { toSnippetList } from './snippetText';
import { taskTemplates } from './taskTemplates';
import { taskTypeDocs } from './taskTypeDocs';
import { refStem, uniqueRef } from './uniqueRef';

/** Task snippets when the cursor is where a new task goes in a task list. */
export function snippetCompletions(context: CompletionContext): CompletionItem[] {
  const last = context.path[context.path.length - 1];
  if (typeof last !== 'number' || context.node || !isTaskListPath(context.path.slice(0, -1))) return [];
  const refs = context.model.tasks.flatMap((entry) => (entry.ref === undefined ? [] : [entry.ref]));
  return Object.entries(taskTemplates).map(([type, template], order) => {
    const taken = new Set(refs);
    const body = toSnippetList(template((stem) => uniqueRef(refStem(stem), taken)));
    const docs = taskTypeDocs(type);
    return {
      label: `${type} task`,
      kind: CompletionItemKind.Snippet,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: TextEdit.replace(context.replace, body),
      sortText: `~${String(order).padStart(3, '0')}`,
      ...(docs ? { documentation: { kind: MarkupKind.Markdown, value: docs } } : {}),
    };
  });
}
