/**
 * The walk behind `buildDefinitionGraph`: each task list becomes a chain of nodes, each operator adds its lanes,
 * branches or container, and the open ends of one task (`Exit`s) are connected to the next task of the list.
 */
import { dynamicPlaceholder, expandSubWorkflow, forkBranches, switchLanes } from './operatorBranches';
import { detailOf, isObject, text, toPointer } from './graphValues';
import type { GraphPath } from './graphValues';
import { END_ID, START_ID } from './graphTypes';
import type { GraphEdge, GraphEdgeKind, GraphNode, GraphNodeKind, SourceRange } from './graphTypes';

/** What the builder may be given besides the definition value. */
export interface DefinitionGraphOptions {
  /** The text range of the value at `path` (the task objects), for click → reveal. */
  readonly locate?: (path: GraphPath) => SourceRange | undefined;
  /** The child definition of a SUB_WORKFLOW by name and version (undefined version = latest), when known. */
  readonly resolveSubWorkflow?: (name: string, version: number | undefined) => unknown;
}

/** An open end of a path, waiting for the next task to connect to it. */
export interface Exit {
  readonly from: string;
  readonly kind: GraphEdgeKind;
  readonly label?: string;
}

/** Where a task list starts and where its paths end; undefined for an empty list. */
type Segment = { readonly entry: string; readonly exits: readonly Exit[] } | undefined;

/** Task lists nest at most this deep (the linter warns far earlier); protects the stack. */
const MAX_NESTING = 200;

const KIND_BY_TYPE: Readonly<Record<string, GraphNodeKind>> = {
  SWITCH: 'switch',
  DECISION: 'switch',
  FORK_JOIN: 'fork',
  JOIN: 'join',
  EXCLUSIVE_JOIN: 'join',
  DO_WHILE: 'loop',
  FORK_JOIN_DYNAMIC: 'dynamicFork',
  SUB_WORKFLOW: 'subWorkflow',
  TERMINATE: 'terminate',
};

/** Where a list is being drawn: inside which container, under which id prefix (expanded children), how deep. */
export interface Scope {
  readonly prefix: string;
  readonly parent: string | undefined;
  readonly depth: number;
  /** Names of the sub-workflows being expanded around this scope, to stop a workflow expanding into itself. */
  readonly names: readonly string[];
}

/** Collects the nodes and edges of one drawing. */
export class GraphBuilder {
  readonly nodes: GraphNode[] = [];
  readonly edges: GraphEdge[] = [];
  private readonly ids = new Set<string>();

  constructor(readonly options: DefinitionGraphOptions) {}

  /** Adds a node and reserves its id. */
  addNode(node: GraphNode): void {
    this.ids.add(node.id);
    this.nodes.push(node);
  }

  /** Draws an edge from each open end to `target`. */
  connect(exits: readonly Exit[], target: string): void {
    for (const exit of exits) {
      const id = `${exit.from}->${target}${exit.label === undefined ? '' : `:${exit.label}`}`;
      this.edges.push({ id, source: exit.from, target, kind: exit.kind, label: exit.label });
    }
  }

  /** Draws a task list in order, each task's open ends meeting the next task; undefined when nothing is drawn. */
  list(value: unknown, path: GraphPath, scope: Scope): Segment {
    if (!Array.isArray(value) || path.length > MAX_NESTING) return undefined;
    let entry: string | undefined;
    let exits: readonly Exit[] = [];
    value.forEach((task, index) => {
      if (!isObject(task)) return;
      const segment = this.task(task, [...path, index], scope);
      if (entry === undefined) entry = segment.entry;
      else this.connect(exits, segment.entry);
      exits = segment.exits;
    });
    return entry === undefined ? undefined : { entry, exits };
  }

  /** Draws the list `value` hanging off `from` (a lane, a branch); an empty list leaves `from` itself open. */
  branch(from: Exit, value: unknown, path: GraphPath, scope: Scope): readonly Exit[] {
    const segment = this.list(value, path, scope);
    if (!segment) return [from];
    this.connect([from], segment.entry);
    return segment.exits;
  }

  private task(task: Record<string, unknown>, path: GraphPath, scope: Scope): { entry: string; exits: Exit[] } {
    const type = text(task, 'type') ?? 'SIMPLE';
    const ref = text(task, 'taskReferenceName');
    const kind = KIND_BY_TYPE[type] ?? 'task';
    const id = this.uniqueId(scope.prefix + (ref ?? text(task, 'name') ?? toPointer(path)));
    const range = scope.prefix === '' ? this.options.locate?.(path) : undefined;
    const node: GraphNode = {
      ...{ id, kind, label: ref ?? '(no taskReferenceName)', ref, name: text(task, 'name'), type },
      ...{ parent: scope.parent, pointer: toPointer(path), range, detail: detailOf(task, type) },
    };
    this.addNode(node);
    switch (kind) {
      case 'switch':
        return { entry: id, exits: switchLanes(this, task, path, id, scope) };
      case 'fork':
        return { entry: id, exits: forkBranches(this, task, path, id, scope) };
      case 'loop':
        this.list(task['loopOver'], [...path, 'loopOver'], { ...scope, parent: id });
        return { entry: id, exits: [{ from: id, kind: 'next' }] };
      case 'dynamicFork':
        return { entry: id, exits: [{ from: dynamicPlaceholder(this, id, scope), kind: 'next' }] };
      case 'subWorkflow':
        expandSubWorkflow(this, task, id, scope);
        return { entry: id, exits: [{ from: id, kind: 'next' }] };
      case 'terminate':
        return { entry: id, exits: [] };
      default:
        return { entry: id, exits: [{ from: id, kind: 'next' }] };
    }
  }

  /** A node id not used yet, derived from `base`. */
  uniqueId(base: string): string {
    // Reserved ids and duplicate references (an error the linter reports) still get distinct nodes.
    let id = base === START_ID || base === END_ID ? `${base}#task` : base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}#${n}`;
    return id;
  }
}
