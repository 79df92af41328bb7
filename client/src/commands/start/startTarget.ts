/**
 * What a start applies to: a registered workflow (from a Workflow Definitions node `{name, version}` or a pick of
 * the registered names), or a workflow file, started either as its registered name/version or as the file itself
 * (StartWorkflowRequest.workflowDef, no registration needed). Resolves undefined when the user cancelled or the
 * file is no workflow definition (after saying so).
 */
import * as vscode from 'vscode';
import type { StartWorkflowRequest, WorkflowDef } from '../../../../common/src/model';
import { ConductorApiError, type ConductorClient } from '../../api';
import { getIncludeGlobs } from '../../configuration';
import { isWorkflowDocument } from '../../documents/definitionDocument';
import { parseInput } from '../../input/parseInput';

/** A workflow to start. */
export interface StartTarget {
  readonly name: string;
  /** Absent: the latest registered version. */
  readonly version?: number;
  /** Set when the file itself is started without registering it. */
  readonly workflowDef?: WorkflowDef;
  /** The definition, for input pre-fill and task references. */
  readonly definition: WorkflowDef;
  /** The workflow file started from, whose folder may hold `*.input.json` files. */
  readonly file?: vscode.Uri;
}

/** A file argument, optionally saying how to start it (tests and code lenses skip the question). */
export interface FileArgument {
  readonly uri: vscode.Uri;
  readonly inline?: boolean;
}

/** The start request of `target` with `input`. */
export function startRequest(target: StartTarget, input: Record<string, unknown>): StartWorkflowRequest {
  return {
    name: target.name,
    ...(target.version !== undefined ? { version: target.version } : {}),
    ...(target.workflowDef ? { workflowDef: target.workflowDef } : {}),
    input,
  };
}

/** `name v2`, or `name (file)` for an inline start, for messages. */
export function targetLabel(target: StartTarget): string {
  if (target.workflowDef) return `${target.name} (from the file, unregistered)`;
  return target.version === undefined ? `${target.name} (latest)` : `${target.name} v${target.version}`;
}

/** Resolves the target of `argument` (a definitions node, a file URI or `FileArgument`, or nothing: pick a name). */
export async function resolveStartTarget(client: ConductorClient, argument: unknown): Promise<StartTarget | undefined> {
  if (argument instanceof vscode.Uri) return fromFile(client, { uri: argument });
  if (isFileArgument(argument)) return fromFile(client, argument);
  if (isDefinitionNode(argument)) return registered(client, argument.name, argument.version);
  const active = vscode.window.activeTextEditor?.document;
  // An included plain JSON workflow in the editor is started like a *.workflow.json one, as its menus do.
  if (argument === undefined && active && isWorkflowDocument(active, getIncludeGlobs()))
    return fromFile(client, { uri: active.uri });
  return pickRegistered(client);
}

async function registered(client: ConductorClient, name: string, version?: number): Promise<StartTarget> {
  return { name, version, definition: await client.metadata.getWorkflowDef(name, version) };
}

async function fromFile(client: ConductorClient, argument: FileArgument): Promise<StartTarget | undefined> {
  const document = await vscode.workspace.openTextDocument(argument.uri);
  const parsed = parseInput(document.getText());
  const definition = parsed.ok ? (parsed.input as unknown as WorkflowDef) : undefined;
  if (!definition || typeof definition.name !== 'string' || !Array.isArray(definition.tasks)) {
    const why = parsed.ok ? 'it has no "name" and "tasks"' : parsed.message;
    void vscode.window.showErrorMessage(
      `${vscode.workspace.asRelativePath(argument.uri)} is not a workflow definition: ${why}`,
    );
    return undefined;
  }
  const inline = argument.inline ?? (await askInline(definition));
  if (inline === undefined) return undefined;
  if (inline) return { name: definition.name, workflowDef: definition, definition, file: argument.uri };
  const version = definition.version ?? 1;
  try {
    const registeredDef = await client.metadata.getWorkflowDef(definition.name, version);
    return { name: definition.name, version, definition: registeredDef, file: argument.uri };
  } catch (error) {
    if (!(error instanceof ConductorApiError && error.isNotFound)) throw error;
    // Not registered: starting the file itself is the one way forward that needs no other step.
    const answer = await vscode.window.showWarningMessage(
      `${definition.name} v${version} is not registered on this server. Register the file first, or start it as is.`,
      START_AS_IS,
    );
    return answer === START_AS_IS
      ? { name: definition.name, workflowDef: definition, definition, file: argument.uri }
      : undefined;
  }
}

const START_AS_IS = 'Start the File as Is';

async function askInline(definition: WorkflowDef): Promise<boolean | undefined> {
  const version = definition.version ?? 1;
  const items = [
    {
      label: `Start registered ${definition.name} v${version}`,
      description: 'the version on the server',
      inline: false,
    },
    { label: 'Start this file as is', description: 'sent with the request, no registration needed', inline: true },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: `Start ${definition.name}` });
  return picked?.inline;
}

async function pickRegistered(client: ConductorClient): Promise<StartTarget | undefined> {
  const byName = await client.metadata.workflowNamesAndVersions();
  const items = Object.entries(byName)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, versions]) => ({ label: name, description: `versions ${versions.map((v) => v.version).join(', ')}` }));
  if (items.length === 0) {
    void vscode.window.showInformationMessage(
      'No workflow is registered on this server yet: register a workflow file first.',
    );
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Workflow to start (latest version)' });
  return picked ? registered(client, picked.label) : undefined;
}

function isFileArgument(value: unknown): value is FileArgument {
  return typeof value === 'object' && value !== null && (value as FileArgument).uri instanceof vscode.Uri;
}

function isDefinitionNode(value: unknown): value is { name: string; version?: number } {
  return typeof value === 'object' && value !== null && typeof (value as { name?: unknown }).name === 'string';
}
