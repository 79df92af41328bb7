/**
 * Code action on a FORK_JOIN or FORK_JOIN_DYNAMIC that is not followed by a JOIN (Conductor fails such a workflow at
 * runtime, §5.7): insert a JOIN right after it, joining on the last task of each static branch (a dynamic fork's
 * JOIN gets its joinOn at runtime, so none is written).
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, TextEdit } from 'vscode-languageserver-types';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import type { TaskEntry } from '../model/taskWalker';
import type { FeatureModel } from './featureModel';
import { pathKey } from './featureModel';
import { ACTION_ADD_JOIN, fill } from './featureMessages';
import { toRange } from './featureRanges';
import { forkBranchRefs } from './forkBranches';
import { uniqueRef } from './uniqueRef';

/** The fix for the FORK_JOIN containing `offset` when no JOIN follows it; undefined otherwise. */
export function addJoinAction(
  document: TextDocument,
  model: FeatureModel,
  offset: number,
  diagnostics: readonly Diagnostic[],
): CodeAction | undefined {
  const fork = forkAt(model, offset);
  const node = fork && model.nodeAt(fork.path);
  if (!fork || !node || nextTask(model, fork)?.type === 'JOIN') return undefined;
  const taken = new Set(model.tasks.flatMap((entry) => (entry.ref === undefined ? [] : [entry.ref])));
  const lastOfBranches = forkBranchRefs(model, fork).slice(0, countBranches(fork));
  const ref = uniqueRef(`${fork.ref ?? 'fork'}_join`, taken);
  const join = {
    name: ref,
    taskReferenceName: ref,
    type: 'JOIN',
    ...(fork.type === 'FORK_JOIN' ? { joinOn: lastOfBranches } : {}),
  };
  const lineStart = document.offsetAt({ line: document.positionAt(node.offset).line, character: 0 });
  const indent = /^\s*/.exec(document.getText().slice(lineStart, node.offset))?.[0] ?? '';
  const text = `,\n${indent}${JSON.stringify(join, null, 2).replace(/\n/g, `\n${indent}`)}`;
  const end = node.offset + node.length;
  const range = toRange(document, { start: node.offset, end });
  return {
    title: fill(ACTION_ADD_JOIN, { type: fork.type }),
    kind: CodeActionKind.QuickFix,
    diagnostics: diagnostics.filter(
      (d) =>
        d.code === 'conductor.forkJoin' && d.range.start.line >= range.start.line && d.range.end.line <= range.end.line,
    ),
    edit: { changes: { [document.uri]: [TextEdit.insert(document.positionAt(end), text)] } },
  };
}

const FORKS = new Set(['FORK_JOIN', 'FORK_JOIN_DYNAMIC']);

/** The innermost fork whose object contains `offset`. */
function forkAt(model: FeatureModel, offset: number): TaskEntry | undefined {
  return model.tasks
    .filter((entry) => FORKS.has(entry.type))
    .filter((entry) => {
      const node = model.nodeAt(entry.path);
      return node !== undefined && offset >= node.offset && offset <= node.offset + node.length;
    })
    .pop();
}

function nextTask(model: FeatureModel, entry: TaskEntry): TaskEntry | undefined {
  const key = pathKey(entry.listPath);
  return model.tasks.find((other) => other.index === entry.index + 1 && pathKey(other.listPath) === key);
}

function countBranches(fork: TaskEntry): number {
  const branches = fork.task['forkTasks'];
  return Array.isArray(branches) ? branches.filter((branch) => Array.isArray(branch) && branch.length > 0).length : 0;
}
