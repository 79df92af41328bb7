/**
 * Definition → diagram. Follows Conductor's task lists the way `WorkflowDef.collectTasks()` does (reference §1.2,
 * §1.11): SWITCH/DECISION lanes per case plus the default, FORK_JOIN branches converging on the next task (the JOIN),
 * DO_WHILE as a container of its `loopOver`, FORK_JOIN_DYNAMIC with a placeholder for the tasks it creates at run
 * time, SUB_WORKFLOW expanded when its child definition is known, and TERMINATE ending its path. Tolerates any JSON.
 */
import { GraphBuilder } from './graphBuilder';
import type { DefinitionGraphOptions } from './graphBuilder';
import { isObject } from './graphValues';
import { END_ID, START_ID } from './graphTypes';
import type { WorkflowGraph } from './graphTypes';

export type { DefinitionGraphOptions } from './graphBuilder';

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
