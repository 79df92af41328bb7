/**
 * The operators that branch or nest (reference §5.6–§5.9): SWITCH lanes, FORK branches, the dynamic fork's
 * placeholder and a SUB_WORKFLOW's expanded child, each drawn through the builder.
 */
import type { Exit, GraphBuilder, Scope } from './graphBuilder';
import { isObject, text } from './graphValues';
import type { GraphPath } from './graphValues';

/** Sub-workflows nest at most this deep in a drawing: deeper ones stay collapsed. */
const MAX_EXPANSION_DEPTH = 3;

/** §5.6: one lane per case, then the default; an empty lane (or no match without a default) goes straight on. */
export function switchLanes(
  builder: GraphBuilder,
  task: Record<string, unknown>,
  path: GraphPath,
  id: string,
  scope: Scope,
): Exit[] {
  const cases = task['decisionCases'];
  const lanes: [Exit, unknown, GraphPath][] = isObject(cases)
    ? Object.keys(cases).map((key) => [
        { from: id, kind: 'case', label: key },
        cases[key],
        [...path, 'decisionCases', key],
      ])
    : [];
  lanes.push([{ from: id, kind: 'default', label: 'default' }, task['defaultCase'], [...path, 'defaultCase']]);
  return lanes.flatMap(([from, list, lanePath]) => builder.branch(from, list, lanePath, scope));
}

/** §5.7: every branch starts at the fork; their ends all meet the next task, which must be the JOIN. */
export function forkBranches(
  builder: GraphBuilder,
  task: Record<string, unknown>,
  path: GraphPath,
  id: string,
  scope: Scope,
): Exit[] {
  const branches = task['forkTasks'];
  const exits = (Array.isArray(branches) ? branches : []).flatMap((branch: unknown, index) =>
    builder.branch({ from: id, kind: 'branch' }, branch, [...path, 'forkTasks', index], scope),
  );
  return exits.length > 0 ? exits : [{ from: id, kind: 'next' }];
}

/** The tasks a dynamic fork creates are only known at run time (§5.7): one placeholder stands for them. */
export function dynamicPlaceholder(builder: GraphBuilder, forkId: string, scope: Scope): string {
  const id = builder.uniqueId(`${forkId}::dynamic`);
  builder.addNode({
    id,
    kind: 'dynamicTasks',
    label: 'dynamic tasks',
    parent: scope.parent,
    detail: 'created at run time',
  });
  builder.connect([{ from: forkId, kind: 'dynamic' }], id);
  return id;
}

/** Draws the child definition inside the SUB_WORKFLOW node when it is inline or the resolver knows it. */
export function expandSubWorkflow(
  builder: GraphBuilder,
  task: Record<string, unknown>,
  id: string,
  scope: Scope,
): void {
  const params = task['subWorkflowParam'];
  if (!isObject(params) || scope.depth >= MAX_EXPANSION_DEPTH) return;
  const name = text(params, 'name');
  const inline = params['workflowDefinition'];
  const version = typeof params['version'] === 'number' ? params['version'] : undefined;
  const child = isObject(inline)
    ? inline
    : name !== undefined
      ? builder.options.resolveSubWorkflow?.(name, version)
      : undefined;
  if (!isObject(child) || (name !== undefined && scope.names.includes(name))) return;
  const names = name === undefined ? scope.names : [...scope.names, name];
  builder.list(child['tasks'], ['tasks'], { prefix: `${id}/`, parent: id, depth: scope.depth + 1, names });
}
