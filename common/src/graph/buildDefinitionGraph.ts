/**
 * Definition → diagram. Follows Conductor's task lists the way `WorkflowDef.collectTasks()` does (reference §1.2,
 * §1.11): SWITCH/DECISION lanes per case plus the default, FORK_JOIN branches converging on the next task (the JOIN),
 * DO_WHILE as a container of its `loopOver`, FORK_JOIN_DYNAMIC with a placeholder for the tasks it creates at run
 * time, SUB_WORKFLOW expanded when its child definition is known, and TERMINATE ending its path. Tolerates any JSON.
 */
import { detailOf, isObject, text, toPointer } from './graphValues';
import type { GraphPath } from './graphValues';
import { END_ID, START_ID } from './graphTypes';
import type { GraphEdge, GraphEdgeKind, GraphNode, GraphNodeKind, SourceRange, WorkflowGraph } from './graphTypes';

/** What the builder may be given besides the definition value. */
export interface DefinitionGraphOptions {
  /** The text range of the value at `path` (the task objects), for click → reveal. */
  readonly locate?: (path: GraphPath) => SourceRange | undefined;
  /** The child definition of a SUB_WORKFLOW by name and version (undefined version = latest), when known. */
  readonly resolveSubWorkflow?: (name: string, version: number | undefined) => unknown;
}

/** An open end of a path, waiting for the next task to connect to it. */
interface Exit {
  readonly from: string;
  readonly kind: GraphEdgeKind;
  readonly label?: string;
}

/** Where a task list starts and where its paths end; undefined for an empty list. */
type Segment = { readonly entry: string; readonly exits: readonly Exit[] } | undefined;

/** Sub-workflows nest at most this deep in a drawing: deeper ones stay collapsed. */
const MAX_EXPANSION_DEPTH = 3;
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

/** Builds the diagram of a workflow definition value. */
export function buildDefinitionGraph(definition: unknown, options: DefinitionGraphOptions = {}): WorkflowGraph {
  const builder = new GraphBuilder(options);
  const def = isObject(definition) ? definition : {};
  builder.addNode({ id: START_ID, kind: 'start', label: 'start' });
  const segment = builder.list(def['tasks'], ['tasks'], {
    ...{ prefix: '', parent: undefined, depth: 0 },
    names: typeof def['name'] === 'string' ? [def['name']] : [],
  });
  builder.addNode({ id: END_ID, kind: 'end', label: 'end' });
  if (segment) {
    builder.connect([{ from: START_ID, kind: 'next' }], segment.entry);
    builder.connect(segment.exits, END_ID);
  } else builder.connect([{ from: START_ID, kind: 'next' }], END_ID);
  return {
    name: typeof def['name'] === 'string' ? def['name'] : undefined,
    version: typeof def['version'] === 'number' ? def['version'] : undefined,
    nodes: builder.nodes,
    edges: builder.edges,
  };
}

/** Where a list is being drawn: inside which container, under which id prefix (expanded children), how deep. */
interface Scope {
  readonly prefix: string;
  readonly parent: string | undefined;
  readonly depth: number;
  /** Names of the sub-workflows being expanded around this scope, to stop a workflow expanding into itself. */
  readonly names: readonly string[];
}

class GraphBuilder {
  readonly nodes: GraphNode[] = [];
  readonly edges: GraphEdge[] = [];
  private readonly ids = new Set<string>();

  constructor(private readonly options: DefinitionGraphOptions) {}

  addNode(node: GraphNode): void {
    this.ids.add(node.id);
    this.nodes.push(node);
  }

  connect(exits: readonly Exit[], target: string): void {
    for (const exit of exits) {
      const id = `${exit.from}->${target}${exit.label === undefined ? '' : `:${exit.label}`}`;
      this.edges.push({ id, source: exit.from, target, kind: exit.kind, label: exit.label });
    }
  }

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
        return { entry: id, exits: this.switchLanes(task, path, id, scope) };
      case 'fork':
        return { entry: id, exits: this.forkBranches(task, path, id, scope) };
      case 'loop':
        this.list(task['loopOver'], [...path, 'loopOver'], { ...scope, parent: id });
        return { entry: id, exits: [{ from: id, kind: 'next' }] };
      case 'dynamicFork':
        return { entry: id, exits: [{ from: this.dynamicPlaceholder(id, scope), kind: 'next' }] };
      case 'subWorkflow':
        this.expandSubWorkflow(task, id, scope);
        return { entry: id, exits: [{ from: id, kind: 'next' }] };
      case 'terminate':
        return { entry: id, exits: [] };
      default:
        return { entry: id, exits: [{ from: id, kind: 'next' }] };
    }
  }

  /** §5.6: one lane per case, then the default; an empty lane (or no match without a default) goes straight on. */
  private switchLanes(task: Record<string, unknown>, path: GraphPath, id: string, scope: Scope): Exit[] {
    const exits: Exit[] = [];
    const lane = (list: unknown, lanePath: GraphPath, kind: GraphEdgeKind, label: string): void => {
      const segment = this.list(list, lanePath, scope);
      if (!segment) exits.push({ from: id, kind, label });
      else {
        this.connect([{ from: id, kind, label }], segment.entry);
        exits.push(...segment.exits);
      }
    };
    const cases = task['decisionCases'];
    if (isObject(cases))
      for (const key of Object.keys(cases)) lane(cases[key], [...path, 'decisionCases', key], 'case', key);
    lane(task['defaultCase'], [...path, 'defaultCase'], 'default', 'default');
    return exits;
  }

  /** §5.7: every branch starts at the fork; their ends all meet the next task, which must be the JOIN. */
  private forkBranches(task: Record<string, unknown>, path: GraphPath, id: string, scope: Scope): Exit[] {
    const exits: Exit[] = [];
    const branches = task['forkTasks'];
    (Array.isArray(branches) ? branches : []).forEach((branch, index) => {
      const segment = this.list(branch, [...path, 'forkTasks', index], scope);
      if (!segment) exits.push({ from: id, kind: 'branch' });
      else {
        this.connect([{ from: id, kind: 'branch' }], segment.entry);
        exits.push(...segment.exits);
      }
    });
    return exits.length > 0 ? exits : [{ from: id, kind: 'next' }];
  }

  /** The tasks a dynamic fork creates are only known at run time (§5.7): one placeholder stands for them. */
  private dynamicPlaceholder(forkId: string, scope: Scope): string {
    const id = this.uniqueId(`${forkId}::dynamic`);
    this.addNode({
      id,
      kind: 'dynamicTasks',
      label: 'dynamic tasks',
      parent: scope.parent,
      detail: 'created at run time',
    });
    this.connect([{ from: forkId, kind: 'dynamic' }], id);
    return id;
  }

  /** Draws the child definition inside the SUB_WORKFLOW node when it is inline or the resolver knows it. */
  private expandSubWorkflow(task: Record<string, unknown>, id: string, scope: Scope): void {
    const params = task['subWorkflowParam'];
    if (!isObject(params) || scope.depth >= MAX_EXPANSION_DEPTH) return;
    const name = text(params, 'name');
    const inline = params['workflowDefinition'];
    const version = typeof params['version'] === 'number' ? params['version'] : undefined;
    const child = isObject(inline)
      ? inline
      : name !== undefined
        ? this.options.resolveSubWorkflow?.(name, version)
        : undefined;
    if (!isObject(child) || (name !== undefined && scope.names.includes(name))) return;
    const names = name === undefined ? scope.names : [...scope.names, name];
    this.list(child['tasks'], ['tasks'], { prefix: `${id}/`, parent: id, depth: scope.depth + 1, names });
  }

  private uniqueId(base: string): string {
    // Reserved ids and duplicate references (an error the linter reports) still get distinct nodes.
    let id = base === START_ID || base === END_ID ? `${base}#task` : base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}#${n}`;
    return id;
  }
}
