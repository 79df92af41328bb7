/**
 * The `DefinitionIndex` built from the workspace's files: task definitions (single or arrays) and workflows
 * (name, version, inputParameters). It never touches the file system: callers pass texts, and keep it current
 * with `update`/`remove`.
 */
import { detectKind } from './documentKind';
import type { DefinitionIndex, KnownTaskDef, KnownWorkflow } from './types';

/** A file's text, as the CLI or the language server read it. */
export interface SourceFile {
  readonly uri: string;
  readonly text: string;
}

/** A definition index over workspace files that can list what it knows and follow edits. */
export interface WorkspaceIndex extends DefinitionIndex {
  /** Every known task definition (for name completion). */
  listTaskDefs(): readonly KnownTaskDef[];
  /** Every known workflow version. */
  listWorkflows(): readonly KnownWorkflow[];
  /**
   * Reads (or re-reads) one file; true when the definitions the index knows changed. Ignores other JSON. `value`,
   * when the caller already parsed this exact text, saves a second `JSON.parse`.
   */
  update(uri: string, text: string, value?: unknown): boolean;
  /** Forgets one file; true when it contributed definitions. */
  remove(uri: string): boolean;
}

interface Contribution {
  readonly taskDefs: readonly KnownTaskDef[];
  readonly workflows: readonly KnownWorkflow[];
  readonly signature: string;
}

/** Builds the index from files (texts that are not definitions, or not JSON, are skipped). */
export function createWorkspaceIndex(files: readonly SourceFile[] = [], description = 'the workspace'): WorkspaceIndex {
  const byUri = new Map<string, Contribution>();
  let taskDefs: Map<string, KnownTaskDef> | undefined;
  let workflows: Map<string, KnownWorkflow[]> | undefined;
  const invalidate = (): void => {
    taskDefs = undefined;
    workflows = undefined;
  };
  const tables = (): { tasks: Map<string, KnownTaskDef>; flows: Map<string, KnownWorkflow[]> } => {
    taskDefs ??= buildTaskTable(byUri);
    workflows ??= buildWorkflowTable(byUri);
    return { tasks: taskDefs, flows: workflows };
  };
  const index: WorkspaceIndex = {
    describe: () => description,
    getTaskDef: (name) => tables().tasks.get(name),
    getWorkflowVersions: (name) => tables().flows.get(name) ?? [],
    listTaskDefs: () => [...tables().tasks.values()],
    listWorkflows: () => [...tables().flows.values()].flat(),
    update(uri, text, value) {
      const next = contributionOf(uri, text, value);
      const previous = byUri.get(uri);
      if (next) byUri.set(uri, next);
      else byUri.delete(uri);
      const changed = (previous?.signature ?? '') !== (next?.signature ?? '');
      if (changed) invalidate();
      return changed;
    },
    remove(uri) {
      const existed = byUri.delete(uri);
      if (existed) invalidate();
      return existed;
    },
  };
  for (const file of files) index.update(file.uri, file.text);
  return index;
}

/** What one file defines, or undefined when it defines nothing. */
function contributionOf(uri: string, text: string, parsed?: unknown): Contribution | undefined {
  let value = parsed;
  if (value === undefined) {
    try {
      value = JSON.parse(text);
    } catch {
      return undefined;
    }
  }
  const kind = detectKind(uri, value);
  const taskDefs = kind === 'taskdef' ? toList(value).flatMap((item) => taskDefOf(item, uri)) : [];
  const workflows = kind === 'workflow' ? workflowOf(value, uri) : [];
  if (taskDefs.length === 0 && workflows.length === 0) return undefined;
  return { taskDefs, workflows, signature: JSON.stringify([taskDefs, workflows]) };
}

function taskDefOf(value: unknown, uri: string): KnownTaskDef[] {
  if (!isRecord(value) || typeof value.name !== 'string' || value.name === '') return [];
  const inputTemplateKeys = isRecord(value.inputTemplate) ? Object.keys(value.inputTemplate) : [];
  return [
    {
      name: value.name,
      uri,
      inputKeys: strings(value.inputKeys),
      outputKeys: strings(value.outputKeys),
      inputTemplateKeys,
    },
  ];
}

function workflowOf(value: unknown, uri: string): KnownWorkflow[] {
  if (!isRecord(value) || typeof value.name !== 'string' || value.name === '') return [];
  // Conductor's WorkflowDef.version defaults to 1 (§1.2).
  const version = typeof value.version === 'number' && Number.isInteger(value.version) ? value.version : 1;
  return [{ name: value.name, version, uri, inputParameters: strings(value.inputParameters) }];
}

function buildTaskTable(byUri: ReadonlyMap<string, Contribution>): Map<string, KnownTaskDef> {
  const table = new Map<string, KnownTaskDef>();
  // Sorted by URI so that, when two files define the same name, the answer does not depend on load order.
  for (const uri of [...byUri.keys()].sort()) {
    for (const def of byUri.get(uri)?.taskDefs ?? []) if (!table.has(def.name)) table.set(def.name, def);
  }
  return table;
}

function buildWorkflowTable(byUri: ReadonlyMap<string, Contribution>): Map<string, KnownWorkflow[]> {
  const table = new Map<string, KnownWorkflow[]>();
  for (const uri of [...byUri.keys()].sort()) {
    for (const flow of byUri.get(uri)?.workflows ?? []) {
      const versions = table.get(flow.name) ?? [];
      if (!versions.some((known) => known.version === flow.version)) versions.push(flow);
      table.set(flow.name, versions);
    }
  }
  return table;
}

function toList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
