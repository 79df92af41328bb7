/**
 * The per-version model editor features share: a position-aware jsonc tree plus the rules' task walk and scope
 * table. Diagnostics never build it (they stay close to `JSON.parse` speed); features build it lazily, once per
 * parsed document, and tolerate syntax errors because completion runs while the author is typing.
 */
import { findNodeAtLocation, getNodeValue, parseTree } from 'jsonc-parser';
import type { Node } from 'jsonc-parser';
import type { TaskScope } from '../model/taskScope';
import type { TaskEntry } from '../model/taskWalker';
import { analyzeWorkflow } from '../model/workflowModel';
import type { JsonPath, ParsedDocument } from '../types';

/** What features know about one document version. */
export interface FeatureModel {
  readonly parsed: ParsedDocument;
  /** The tolerant tree; undefined for empty text. */
  readonly tree: Node | undefined;
  /** The parsed value, or the tree's best-effort value when the text has syntax errors. */
  readonly value: unknown;
  readonly tasks: readonly TaskEntry[];
  readonly scope: TaskScope;
  /** The tree node at a JSON path. */
  nodeAt(path: JsonPath): Node | undefined;
  /** The innermost task whose object contains `path` (the task itself included). */
  taskAt(path: JsonPath): TaskEntry | undefined;
}

// Keyed by the parsed document: the document cache makes one per uri@version, so the model lives and dies with it.
const models = new WeakMap<ParsedDocument, FeatureModel>();

/** The feature model of a parsed document, built on first use. */
export function getFeatureModel(parsed: ParsedDocument): FeatureModel {
  let model = models.get(parsed);
  if (!model) {
    model = buildModel(parsed);
    models.set(parsed, model);
  }
  return model;
}

function buildModel(parsed: ParsedDocument): FeatureModel {
  const tree = parseTree(parsed.text, [], { allowTrailingComma: true }) ?? undefined;
  const value: unknown = parsed.value ?? (tree ? getNodeValue(tree) : undefined);
  // Shared with the rules: for a valid document they already analysed this very value.
  const { tasks, scope } = analyzeWorkflow(value);
  const byPath = new Map(tasks.map((entry) => [pathKey(entry.path), entry]));
  return {
    parsed,
    tree,
    value,
    tasks,
    scope,
    nodeAt: (path) => (tree ? findNodeAtLocation(tree, [...path]) : undefined),
    taskAt: (path) => {
      for (let length = path.length; length > 0; length--) {
        const entry = byPath.get(pathKey(path.slice(0, length)));
        if (entry) return entry;
      }
      return undefined;
    },
  };
}

/** A map key for a JSON path. */
export function pathKey(path: JsonPath): string {
  return JSON.stringify(path);
}
