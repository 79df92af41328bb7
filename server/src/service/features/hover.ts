/**
 * Hover: schema docs for a property; for a task `type` value its behaviour, inputs and outputs (`x-typeDocs`); for a
 * task reference (in `${ref…}`, joinOn, `$.ref`) the referenced task: name, type and where it sits.
 */
import { findNodeAtOffset, getNodePath } from 'jsonc-parser';
import type { Node } from 'jsonc-parser';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MarkupKind } from 'vscode-languageserver-types';
import type { Hover } from 'vscode-languageserver-types';
import { detectKind } from '../documentKind';
import type { TaskEntry } from '../model/taskWalker';
import { docsOf } from './completionProperties';
import { workflowSegmentHover } from './expressionHover';
import type { FeatureModel } from './featureModel';
import { nodeRange, toRange } from './featureRanges';
import { occurrenceAt } from './refOccurrences';
import { schemasAt } from './schemaNavigator';
import { taskTypeDocs } from './taskTypeDocs';

/** The hover at `offset`, or undefined when there is nothing to say. */
export function getHover(document: TextDocument, model: FeatureModel, offset: number): Hover | undefined {
  const occurrence = occurrenceAt(model, offset);
  const target = occurrence && model.scope.byRef.get(occurrence.ref);
  if (occurrence && target && occurrence.kind !== 'declaration') {
    return markdown(describeTask(document, model, target), toRange(document, occurrence.range));
  }
  const workflowSegment = workflowSegmentHover(model, offset);
  if (workflowSegment) return markdown(workflowSegment.text, toRange(document, workflowSegment.range));
  const node = model.tree ? findNodeAtOffset(model.tree, offset, false) : undefined;
  if (!node) return undefined;
  const property = node.parent?.type === 'property' ? node.parent : undefined;
  const isKey = property?.children?.[0] === node;
  const path = getNodePath(node);
  // The task's own `type`, not a parameter named `type` somewhere inside the task.
  if (
    !isKey &&
    typeof node.value === 'string' &&
    model.taskAt(path.slice(0, -1))?.path.length === path.length - 1 &&
    path[path.length - 1] === 'type'
  ) {
    const docs = taskTypeDocs(node.value);
    if (docs) return markdown(`**${node.value}**\n\n${docs}`, nodeRange(document, node));
  }
  return isKey ? propertyHover(document, model, node, path) : undefined;
}

function propertyHover(
  document: TextDocument,
  model: FeatureModel,
  key: Node,
  path: (string | number)[],
): Hover | undefined {
  const kind = detectKind(document.uri, model.value);
  if (!kind) return undefined;
  const docs = schemasAt(kind, model.value, path)
    .map(({ schema }) => docsOf(schema))
    .find((text) => text !== undefined);
  return docs ? markdown(docs, nodeRange(document, key)) : undefined;
}

/** "**ref**: `TYPE` task `name`", where it sits (line, path, branch) and its description when it has one. */
export function describeTask(document: TextDocument, model: FeatureModel, entry: TaskEntry): string {
  const lines = [`**${entry.ref ?? ''}**: \`${entry.type}\` task${entry.name ? ` \`${entry.name}\`` : ''}`];
  const node = model.nodeAt(entry.path);
  const line = node ? `line ${document.positionAt(node.offset).line + 1}, ` : '';
  lines.push(`Defined at ${line}\`${entry.path.join('.')}\`${placeOf(entry)}.`);
  const description = entry.task['description'];
  if (typeof description === 'string' && description !== '') lines.push(description);
  return lines.join('\n\n');
}

function placeOf(entry: TaskEntry): string {
  const parent = entry.parent;
  if (!parent) return '';
  const owner = `\`${parent.ref ?? parent.type}\``;
  switch (entry.branch) {
    case 'switchCase':
      return ` (case \`${String(entry.branchKey)}\` of ${owner})`;
    case 'defaultCase':
      return ` (default case of ${owner})`;
    case 'forkBranch':
      return ` (branch ${Number(entry.branchKey) + 1} of ${owner})`;
    default:
      return ` (loop body of ${owner})`;
  }
}

function markdown(value: string, range: Hover['range']): Hover {
  return range
    ? { contents: { kind: MarkupKind.Markdown, value }, range }
    : { contents: { kind: MarkupKind.Markdown, value } };
}
