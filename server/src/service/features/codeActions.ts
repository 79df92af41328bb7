/**
 * Code actions: quick fixes for the core's and rules' diagnostics (did-you-mean, create a missing task definition,
 * make a duplicate reference unique, declare a workflow input) and adding a JOIN after a FORK_JOIN that lacks one.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver-types';
import { addJoinAction } from './actionAddJoin';
import { createTaskDefAction } from './actionCreateTaskDef';
import { declareInputAction } from './actionDeclareInput';
import { didYouMeanAction } from './actionDidYouMean';
import { uniqueRefAction } from './actionUniqueRef';
import type { FeatureModel } from './featureModel';

const FORK_JOIN_CODE = 'conductor.forkJoin';

/** Every action for `range`, given the diagnostics the client sends for it (only ours, `source: 'conductor'`). */
export function getCodeActions(
  document: TextDocument,
  model: FeatureModel,
  range: Range,
  diagnostics: readonly Diagnostic[],
): CodeAction[] {
  const ours = diagnostics.filter((diagnostic) => diagnostic.source === 'conductor');
  const actions: CodeAction[] = [];
  for (const diagnostic of ours) {
    const fixes = [
      didYouMeanAction(document, diagnostic),
      createTaskDefAction(document, diagnostic),
      uniqueRefAction(document, model, diagnostic),
      declareInputAction(document, diagnostic),
    ];
    for (const fix of fixes) if (fix) actions.push(fix);
  }
  // At the cursor, or where a rule reported the missing JOIN (the diagnostic sits on the fork's `type`).
  const anchors = [range.start, ...ours.filter((d) => d.code === FORK_JOIN_CODE).map((d) => d.range.start)];
  const join = anchors
    .map((position) => addJoinAction(document, model, document.offsetAt(position), ours))
    .find(Boolean);
  if (join) actions.push(join);
  return actions;
}
