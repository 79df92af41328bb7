/**
 * The per-version model editor features share: the rules' task walk and scope table, value ranges, and a
 * position-aware jsonc tree built only for the features that need nodes. Diagnostics never build any of it (they
 * stay close to `JSON.parse` speed). Syntax errors are tolerated because completion runs while the author types.
 */
import { findNodeAtLocation, getNodeValue, parseTree } from 'jsonc-parser';
import type { Node } from 'jsonc-parser';
import { buildTaskScope } from '../model/taskScope';
import type { TaskScope } from '../model/taskScope';
import { walkTasks } from '../model/taskWalker';
import type { TaskEntry } from '../model/taskWalker';
import { analyzeWorkflow } from '../model/workflowModel';
import type { JsonPath, OffsetRange, ParsedDocument } from '../types';

/** What features know about one document version. */
export interface FeatureModel {
  readonly parsed: ParsedDocument;
  /** The tolerant tree (built on first access); undefined for empty text. */
  readonly tree: Node | undefined;
  /** The parsed value, or the tree's best-effort value when the text has syntax errors. */
  readonly value: unknown;
  readonly tasks: readonly TaskEntry[];
  readonly scope: TaskScope;
  /** The tree node at a JSON path (builds the tree). */
  nodeAt(path: JsonPath): Node | undefined;
  /** The raw range of the value at a path (strings with quotes); uses the core's lazy locator for valid JSON. */
  valueRange(path: JsonPath): OffsetRange | undefined;
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
  let tree: Node | null | undefined;
  const getTree = (): Node | undefined => {
    tree ??= parseTree(parsed.text, [], { allowTrailingComma: true }) ?? null;
    return tree ?? undefined;
  };
  const value: unknown = parsed.syntaxErrors.length === 0 ? parsed.value : treeValue(getTree());
  const { tasks, scope } = analyze(value);
  const byPath = new Map(tasks.map((entry) => [pathKey(entry.path), entry]));
  const nodeAt = (path: JsonPath): Node | undefined => {
    const root = getTree();
    return root ? findNodeAtLocation(root, [...path]) : undefined;
  };
  return {
    parsed,
    get tree() {
      return getTree();
    },
    value,
    tasks,
    scope,
    nodeAt,
    valueRange: (path) => {
      if (parsed.syntaxErrors.length === 0) return parsed.locator.valueRange(path);
      const node = nodeAt(path);
      return node ? { start: node.offset, end: node.offset + node.length } : undefined;
    },
    taskAt: (path) => {
      for (let length = path.length; length > 0; length--) {
        const entry = byPath.get(pathKey(path.slice(0, length)));
        if (entry) return entry;
      }
      return undefined;
    },
  };
}

/**
 * The rules' analysis, shared with validation (for a valid document it already analysed this very value). Only the
 * walk and scope are needed here, so if the expression analysis fails on some input, features still work.
 */
function analyze(value: unknown): { tasks: readonly TaskEntry[]; scope: TaskScope } {
  try {
    return analyzeWorkflow(value);
  } catch {
    const tasks = walkTasks(value);
    return { tasks, scope: buildTaskScope(tasks) };
  }
}

function treeValue(tree: Node | undefined): unknown {
  return tree ? getNodeValue(tree) : undefined;
}

/** A map key for a JSON path. */
export function pathKey(path: JsonPath): string {
  return JSON.stringify(path);
}
