/**
 * Go to definition: a task reference (in `${ref…}`, joinOn, defaultExclusiveJoinTask, `$.ref` in a loop condition)
 * → the task declaring it; a task `name` → its task definition file; `subWorkflowParam.name`/`version` → the
 * workflow file of that name and version (latest when the version is absent or dynamic, as Conductor does, §5.9).
 */
import { findNodeAtOffset, getNodePath } from 'jsonc-parser';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Location, Range } from 'vscode-languageserver-types';
import { isObject } from '../model/jsonValue';
import type { KnownWorkflow } from '../types';
import type { FeatureIndex } from './featureIndex';
import type { FeatureModel } from './featureModel';
import { nodeRange } from './featureRanges';
import { occurrenceAt } from './refOccurrences';

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
  const task = model.taskAt(path);
  if (!task) return undefined;
  const relative = path.slice(task.path.length).join('.');
  if (relative === 'name' && task.name !== undefined) return fileLocation(index.getTaskDef(task.name)?.uri);
  if (relative === 'subWorkflowParam.name' || relative === 'subWorkflowParam.version') {
    const param = task.task['subWorkflowParam'];
    if (!isObject(param) || typeof param['name'] !== 'string') return undefined;
    const version = typeof param['version'] === 'number' ? param['version'] : undefined;
    return fileLocation(pickVersion(index.getWorkflowVersions(param['name']), version)?.uri);
  }
  return undefined;
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
