/**
 * The client's one workspace look-up, on real files: it finds what the language server's index finds (the built-in
 * patterns including `*.task.json`, and plain JSON only through `conductor.definitions.include`), skips
 * `node_modules`, broken and foreign JSON, lets an open editor's text win, and answers Compare's "which file defines
 * this registered definition" (with the element of a task-definition array) and the diagram's workflows.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import {
  definitionsOf,
  scanWorkspaceDefinitions,
  type WorkspaceDefinition,
} from '../../../client/src/documents/workspaceDefinitions';
import { fixturePath } from './definitionsHarness';

let root: string;
before(() => {
  root = mkdtempSync(join(tmpdir(), 'conductor-workspace-'));
  cpSync(fixturePath('workspace'), root, { recursive: true });
  // Written here, not kept as fixtures: git ignores node_modules and Prettier rejects broken JSON.
  mkdirSync(join(root, 'node_modules', 'dep'), { recursive: true });
  writeFileSync(join(root, 'node_modules', 'dep', 'ws_dep.workflow.json'), '{"name": "ws_dep", "tasks": []}');
  writeFileSync(join(root, 'flows', 'ws_broken.workflow.json'), '{ "name": "ws_broken", ');
});
after(() => rmSync(root, { recursive: true, force: true }));

/** `kind name[@version][#element] file` per found definition, sorted, paths relative to the workspace. */
function listed(found: readonly WorkspaceDefinition[]): string[] {
  return found
    .map((each) => {
      const version = each.version === undefined ? '' : `@${each.version}`;
      const element = each.element === undefined ? '' : `#${each.element}`;
      return `${each.kind} ${each.name}${version}${element} ${relative(root, each.path)}`;
    })
    .sort();
}

void describe('workspace definitions: which files count', () => {
  void it('finds the built-in patterns, *.task.json too, and skips node_modules and broken files', async () => {
    assert.deepEqual(listed(await scanWorkspaceDefinitions({ folders: [root], includeGlobs: [] })), [
      'taskdef ws_charge tasks/ws_charge.task.json',
      'taskdef ws_first#0 tasks/ws_pair.taskdef.json',
      'taskdef ws_second#1 tasks/ws_pair.taskdef.json',
      'workflow ws_order@1 flows/ws_order.workflow.json',
      'workflow ws_order@2 flows/ws_order_v2.workflow.json',
    ]);
  });

  void it('reads plain JSON files only through conductor.definitions.include, by shape', async () => {
    const found = await scanWorkspaceDefinitions({ folders: [root], includeGlobs: ['plain/*.json'] });
    assert.deepEqual(
      listed(found).filter((line) => line.includes('plain/')),
      ['workflow ws_child@1 plain/ws_child.json'],
    );
  });

  void it("takes an open editor's unsaved text over the file on disk", async () => {
    const path = join(root, 'tasks', 'ws_charge.task.json');
    const openText = (file: string): string | undefined =>
      file === path ? '{ "name": "ws_charge_edited", "retryCount": 2 }' : undefined;
    const found = await scanWorkspaceDefinitions({ folders: [root], includeGlobs: [], openText });
    assert.ok(listed(found).includes('taskdef ws_charge_edited tasks/ws_charge.task.json'));
  });
});

void describe('workspace definitions: look-ups', () => {
  void it('finds the file of a registered definition by kind, name and version (§1.2: none is 1)', async () => {
    const found = await scanWorkspaceDefinitions({ folders: [root], includeGlobs: ['plain/*.json'] });
    const files = (ref: Parameters<typeof definitionsOf>[1]): string[] =>
      definitionsOf(found, ref).map(
        (each) => `${relative(root, each.path)}${each.element === undefined ? '' : `#${each.element}`}`,
      );
    assert.deepEqual(files({ kind: 'workflow', name: 'ws_order', version: 1 }), ['flows/ws_order.workflow.json']);
    assert.deepEqual(files({ kind: 'workflow', name: 'ws_child', version: 1 }), ['plain/ws_child.json']);
    assert.deepEqual(files({ kind: 'taskdef', name: 'ws_charge' }), ['tasks/ws_charge.task.json']);
    assert.deepEqual(files({ kind: 'taskdef', name: 'ws_second' }), ['tasks/ws_pair.taskdef.json#1']);
    assert.deepEqual(files({ kind: 'workflow', name: 'ws_charge', version: 1 }), []);
  });

  void it('gives the definition without $schema, as the diagram draws a sub-workflow', async () => {
    const found = await scanWorkspaceDefinitions({ folders: [root], includeGlobs: [] });
    const [order] = definitionsOf(found, { kind: 'workflow', name: 'ws_order', version: 2 });
    assert.equal((order?.value['tasks'] as { type: string }[])[0]?.type, 'SUB_WORKFLOW');
    assert.equal(order?.value['$schema'], undefined);
  });
});
