/**
 * Document symbols (outline, breadcrumbs): the task tree of a workflow with SWITCH cases, fork branches and loop
 * bodies nested under their task; for task-definition files, one symbol per definition.
 */
import type { Node } from 'jsonc-parser';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import type { Range } from 'vscode-languageserver-types';
import type { TaskEntry } from '../model/taskWalker';
import type { FeatureModel } from './featureModel';
import { pathKey } from './featureModel';
import { nodeRange } from './featureRanges';

const FLOW_TYPES = new Set([
  'SWITCH',
  'DECISION',
  'FORK_JOIN',
  'FORK_JOIN_DYNAMIC',
  'DO_WHILE',
  'JOIN',
  'EXCLUSIVE_JOIN',
]);
const CALL_TYPES = new Set(['SUB_WORKFLOW', 'START_WORKFLOW']);

/** The outline of a workflow (task tree) or of task definitions (one per name). */
export function getDocumentSymbols(document: TextDocument, model: FeatureModel): DocumentSymbol[] {
  if (!model.tree) return [];
  return model.tasks.length > 0 ? taskSymbols(document, model) : definitionSymbols(document, model.tree);
}

function taskSymbols(document: TextDocument, model: FeatureModel): DocumentSymbol[] {
  const roots: DocumentSymbol[] = [];
  const byTask = new Map<TaskEntry, DocumentSymbol>();
  const groups = new Map<string, DocumentSymbol>();
  for (const entry of model.tasks) {
    const node = model.nodeAt(entry.path);
    if (!node) continue;
    const selection = model.nodeAt([...entry.path, 'taskReferenceName']) ?? node;
    const name = shown(entry.ref) ?? shown(entry.name) ?? `task ${entry.index + 1}`;
    const detail = entry.name !== undefined && entry.name !== entry.ref ? `${entry.type} ${entry.name}` : entry.type;
    const symbol = DocumentSymbol.create(
      name,
      detail,
      kindOf(entry.type),
      nodeRange(document, node),
      nodeRange(document, selection),
      [],
    );
    byTask.set(entry, symbol);
    containerOf(document, model, entry, byTask, groups, roots).push(symbol);
  }
  return roots;
}

/** The children list a task's symbol goes into: the root, its parent task, or a case/branch group of the parent. */
function containerOf(
  document: TextDocument,
  model: FeatureModel,
  entry: TaskEntry,
  byTask: Map<TaskEntry, DocumentSymbol>,
  groups: Map<string, DocumentSymbol>,
  roots: DocumentSymbol[],
): DocumentSymbol[] {
  const parent = entry.parent && byTask.get(entry.parent);
  if (!parent) return roots;
  parent.children ??= [];
  if (entry.branch === 'loopBody') return parent.children;
  const key = pathKey(entry.listPath);
  let group = groups.get(key);
  const list = model.nodeAt(entry.listPath);
  if (!group && list) {
    // A case list's symbol spans its property (`"fedex": […]`) so that its name, the key, lies inside it.
    const property = list.parent?.type === 'property' ? list.parent : undefined;
    group = DocumentSymbol.create(
      groupName(entry),
      undefined,
      SymbolKind.Namespace,
      nodeRange(document, property ?? list),
      keyRange(document, list),
      [],
    );
    groups.set(key, group);
    parent.children.push(group);
  }
  return group?.children ?? parent.children;
}

function groupName(entry: TaskEntry): string {
  if (entry.branch === 'switchCase') return `case ${String(entry.branchKey)}`;
  if (entry.branch === 'defaultCase') return 'defaultCase';
  return `branch ${Number(entry.branchKey) + 1}`;
}

/** The key of a property's value node (e.g. `"fedex"` of a case) when there is one, else the node itself. */
function keyRange(document: TextDocument, valueNode: Node): Range {
  const key = valueNode.parent?.type === 'property' ? valueNode.parent.children?.[0] : undefined;
  return nodeRange(document, key ?? valueNode);
}

// VS Code rejects a symbol with an empty name, and with it the whole outline (a task just inserted has `""`).
function shown(name: string | undefined): string | undefined {
  return name === undefined || name.trim() === '' ? undefined : name;
}

function kindOf(type: string): SymbolKind {
  if (FLOW_TYPES.has(type)) return SymbolKind.Struct;
  if (CALL_TYPES.has(type)) return SymbolKind.Module;
  return type === 'SIMPLE' ? SymbolKind.Function : SymbolKind.Method;
}

/** Task definitions (a single object or an array): one symbol per object with a `name`. */
function definitionSymbols(document: TextDocument, tree: Node): DocumentSymbol[] {
  const objects = tree.type === 'array' ? (tree.children ?? []) : [tree];
  return objects.flatMap((object, index) => {
    const nameProperty = object.children?.find((p) => p.children?.[0]?.value === 'name');
    const nameNode = nameProperty?.children?.[1];
    if (object.type !== 'object' || typeof nameNode?.value !== 'string') return [];
    return [
      DocumentSymbol.create(
        shown(nameNode.value) ?? `definition ${index + 1}`,
        undefined,
        SymbolKind.Class,
        nodeRange(document, object),
        nodeRange(document, nameNode),
      ),
    ];
  });
}
