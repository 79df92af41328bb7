/**
 * The code lens "differs from <profile> v3 — Compare" on a workflow file whose name and version are registered on
 * the active profile with different content (compared in canonical form, see normalizeDefinition.ts). It runs
 * `conductor.compareWithRegistered(fileUri)`. Files that match, or are not registered, get no lens.
 */
import * as vscode from 'vscode';
import { getIncludeGlobs } from '../configuration';
import { conductorDocumentSelector } from '../languages';
import { definitionsDiffer } from './normalizeDefinition';
import type { RegistryService } from './registryService';
import { isObject } from '../../../server/src/service/model/jsonValue';

/** The command the lens runs (owned by the definitions feature). */
export const COMPARE_WITH_REGISTERED_COMMAND = 'conductor.compareWithRegistered';

/** The lens title for a file that differs from registered version `version` on `profile`. */
export function differsTitle(profile: string, version: number): string {
  return `$(diff) differs from ${profile} v${version} — Compare`;
}

/** The workflow name and version a document defines, or undefined when it is not a single workflow object. */
function identity(text: string): { name: string; version: number; value: unknown } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(value)) return undefined;
  const { name, version, tasks } = value;
  if (typeof name !== 'string' || !Array.isArray(tasks)) return undefined;
  return { name, version: typeof version === 'number' ? version : 1, value };
}

/** Provides the lens from the registry's latest snapshot. */
class RegistryCodeLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscription: vscode.Disposable;
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly registry: RegistryService) {
    this.subscription = registry.onDidChange(() => this.changed.fire());
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }

  async provideCodeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    const snapshot = this.registry.snapshot;
    const workflow = snapshot && identity(document.getText());
    if (!workflow || snapshot.workflows.get(workflow.name)?.includes(workflow.version) !== true) return [];
    const registered = await snapshot.definition(workflow.name, workflow.version);
    if (!registered || !definitionsDiffer(workflow.value, registered)) return [];
    const command: vscode.Command = {
      title: differsTitle(snapshot.profile, workflow.version),
      command: COMPARE_WITH_REGISTERED_COMMAND,
      arguments: [document.uri],
      tooltip: `This file is not what "${snapshot.profile}" has registered as ${workflow.name} v${workflow.version}.`,
    };
    return [new vscode.CodeLens(new vscode.Range(0, 0, 0, 0), command)];
  }
}

/** Registers the provider for workflow files (and include-glob JSON files, read once at activation). */
export function registerRegistryCodeLens(registry: RegistryService): vscode.Disposable {
  const selector = conductorDocumentSelector(getIncludeGlobs()).filter(
    (filter) =>
      filter.language !== 'conductor-taskdef' &&
      filter.language !== 'conductor-event' &&
      filter.language !== 'conductor-schedule',
  );
  const provider = new RegistryCodeLensProvider(registry);
  return vscode.Disposable.from(
    provider,
    vscode.languages.registerCodeLensProvider(selector as vscode.DocumentFilter[], provider),
  );
}
