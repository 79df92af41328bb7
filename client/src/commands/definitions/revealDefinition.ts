/**
 * "Show in View" after a register: focuses the view that lists the definition and selects its node (workflow
 * versions and task definitions; events and schedules sit under groups, so their view is only focused).
 */
import * as vscode from 'vscode';
import type { DefinitionRef } from '../../documents/definitionKind';
import type { DefinitionNode } from '../../views/definitions/definitionsProvider';
import type { DefinitionsContext } from './definitionsContext';

function matches(node: DefinitionNode, ref: DefinitionRef): boolean {
  return 'ref' in node && node.ref.kind === ref.kind && node.ref.name === ref.name && node.ref.version === ref.version;
}

/** The node of `ref` among the view's freshly loaded nodes. */
async function findNode(ctx: DefinitionsContext, ref: DefinitionRef): Promise<DefinitionNode | undefined> {
  const { provider } = ctx.views[ref.kind];
  const roots = await provider.getChildren();
  if (ref.kind !== 'workflow') return roots.find((node) => matches(node, ref));
  const parent = roots.find((node) => 'versions' in node && node.name === ref.name);
  const versions = parent ? await provider.getChildren(parent) : [];
  return versions.find((node) => matches(node, ref));
}

/** Shows the definition in its view. */
export async function revealDefinition(ctx: DefinitionsContext, ref: DefinitionRef): Promise<void> {
  const { view, id } = ctx.views[ref.kind];
  const node = await findNode(ctx, ref);
  if (node) await view.reveal(node, { select: true, focus: true, expand: true });
  else await vscode.commands.executeCommand(`${id}.focus`);
}
