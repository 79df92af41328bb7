/**
 * Go to definition: a task reference (in `${ref…}`, joinOn, defaultExclusiveJoinTask, `$.ref` in a loop condition)
 * → the task declaring it; a task `name` → its task definition file; a workflow name/version (SUB_WORKFLOW,
 * START_WORKFLOW, failureWorkflow) → the workflow file of that name and version (the latest when the version is
 * absent or dynamic, as Conductor does, §5.9).
 */
import { findNodeAtOffset, getNodePath } from 'jsonc-parser';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Location, Range } from 'vscode-languageserver-types';
import type { KnownWorkflow } from '../types';
import type { FeatureIndex } from './featureIndex';
import type { FeatureModel } from './featureModel';
import { nodeRange } from './featureRanges';
import { occurrenceAt } from './refOccurrences';
import { workflowRefAt } from './workflowRefs';

const FILE_START = Range.create(0, 0, 0, 0);

/** Where the symbol under the cursor is defined, or undefined when there is nothing to go to. */
export function findDefinition(
  document: TextDocument,
  model: FeatureModel,
  offset: number,
  index: FeatureIndex | undefined,
): Location | undefined {
  const occurrence = occurrenceAt(model, offset);
  if (occurrence && occurrence.kind !== 'declaration') {
    const target = model.scope.byRef.get(occurrence.ref);
    const node = target && model.nodeAt([...target.path, 'taskReferenceName']);
    return node ? Location.create(document.uri, nodeRange(document, node)) : undefined;
  }
  const node = model.tree ? findNodeAtOffset(model.tree, offset, true) : undefined;
  if (!node || !index) return undefined;
  const path = getNodePath(node);
  const workflow = workflowRefAt(model, path);
  if (workflow?.name !== undefined) {
    return fileLocation(pickVersion(index.getWorkflowVersions(workflow.name), workflow.version)?.uri);
  }
  const task = model.taskAt(path);
  const isName = task !== undefined && path.length === task.path.length + 1 && path[path.length - 1] === 'name';
  return isName && task.name !== undefined ? fileLocation(index.getTaskDef(task.name)?.uri) : undefined;
}

/** The requested version, or the latest when none is given. */
export function pickVersion(
  versions: readonly KnownWorkflow[],
  version: number | undefined,
): KnownWorkflow | undefined {
  if (version !== undefined) return versions.find((known) => known.version === version);
  return [...versions].sort((a, b) => b.version - a.version)[0];
}

function fileLocation(uri: string | undefined): Location | undefined {
  return uri === undefined ? undefined : Location.create(uri, FILE_START);
}
