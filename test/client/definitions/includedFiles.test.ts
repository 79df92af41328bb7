/**
 * Definition menus on plain `.json` files that `conductor.definitions.include` matches: the context keys list
 * exactly the included files holding a definition (workflows separately), kept current as files change, and the
 * menus' `when` clauses, evaluated with those keys, show Register/Compare/Unregister on them and Start/Diagram on
 * workflows only, as on `*.workflow.json`. package.json must hold exactly the generated entries.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { definitionFileMenus, type MenuEntry } from '../../../client/src/documents/definitionFileMenus';
import {
  INCLUDED_DEFINITION_FILES_KEY,
  INCLUDED_WORKFLOW_FILES_KEY,
  IncludedDefinitionFiles,
} from '../../../client/src/documents/includedDefinitionFiles';
import { scanWorkspaceDefinitions } from '../../../client/src/documents/workspaceDefinitions';
import { fixturePath } from './definitionsHarness';

let root: string;
before(() => {
  root = mkdtempSync(join(tmpdir(), 'conductor-included-'));
  cpSync(fixturePath('workspace'), root, { recursive: true });
});
after(() => rmSync(root, { recursive: true, force: true }));

/** The included files of the fixture workspace under `globs`, as the extension builds them at activation. */
async function scanned(globs: string[]): Promise<IncludedDefinitionFiles> {
  const files = new IncludedDefinitionFiles(globs);
  files.reset(await scanWorkspaceDefinitions({ folders: [root], includeGlobs: globs }));
  return files;
}

/** Evaluates the `||`-joined clauses the generated menus use, for a file with language `lang` at `path`. */
function shown(when: string, lang: string, path: string, keys: Record<string, readonly string[]>): boolean {
  return when.split(' || ').some((clause) => {
    const [key = '', operator, operand = ''] = clause.split(' ');
    if (operator === 'in') return key === 'resourcePath' && (keys[operand] ?? []).includes(path);
    if (operator === '==') return lang === operand;
    return operator === '=~' && new RegExp(operand.slice(1, -1)).test(lang);
  });
}

/** The commands of `menu` shown for a file. */
function commandsFor(menu: string, lang: string, path: string, files: IncludedDefinitionFiles): string[] {
  const { definitions, workflows } = files.context();
  const keys = { [INCLUDED_DEFINITION_FILES_KEY]: definitions, [INCLUDED_WORKFLOW_FILES_KEY]: workflows };
  const entries: readonly MenuEntry[] = definitionFileMenus()[menu] ?? [];
  return entries.filter((entry) => shown(entry.when, lang, path, keys)).map((entry) => entry.command);
}

void describe('included definition files: the context keys', () => {
  void it('list the included plain JSON files that hold definitions, not foreign JSON or Conductor-named files', async () => {
    const { definitions, workflows } = (await scanned(['plain/*.json', 'flows/*.json'])).context();
    assert.deepEqual(definitions, [join(root, 'plain', 'ws_child.json')]);
    assert.deepEqual(workflows, definitions);
    assert.deepEqual((await scanned([])).context(), { definitions: [], workflows: [] });
  });

  void it('follow file changes: a file becoming a definition, changing kind, and deleted', async () => {
    const files = await scanned(['plain/*.json']);
    const notes = join(root, 'plain', 'notes.json');
    assert.equal(files.update(notes, '{ "title": "still not one" }'), false);
    assert.equal(files.update(notes, '{ "name": "ws_notes", "retryCount": 1 }'), true);
    assert.ok(files.context().definitions.includes(notes));
    assert.ok(!files.context().workflows.includes(notes), 'a task definition is no workflow');
    assert.equal(files.update(join(root, 'flows', 'ws_order.workflow.json'), '{"name":"x","tasks":[]}'), false);
    assert.equal(files.remove(notes), true);
    assert.ok(!files.context().definitions.includes(notes));
  });
});

void describe('included definition files: re-read from disk', () => {
  void it('follow a real file as it is saved, and count a file over the size limit as no definition, unread', async () => {
    const files = await scanned(['plain/*.json']);
    const path = join(root, 'plain', 'saved.json');
    const workflow = JSON.stringify({ name: 'ws_saved', tasks: [], description: 'x'.repeat(200) });
    writeFileSync(path, workflow);
    assert.equal(await files.reread(path), true);
    assert.ok(files.context().workflows.includes(path));
    assert.equal(await files.reread(path, workflow.length - 1), true, 'too large: listed no more');
    assert.ok(!files.context().definitions.includes(path));
    rmSync(path);
    await assert.rejects(files.reread(path), /ENOENT/, 'a vanished file is the caller to log');
    assert.equal(await files.reread(join(root, 'flows', 'ws_order.workflow.json')), false, 'not a plain file');
  });
});

void describe('included definition files: the menus', () => {
  const register = [
    'conductor.registerDefinition',
    'conductor.compareWithRegistered',
    'conductor.unregisterDefinitionFile',
  ];
  const start = [
    'conductor.startWorkflow',
    'conductor.startWorkflowWithInput',
    'conductor.executeWorkflow',
    'conductor.testRunWorkflow',
  ];

  void it('show the definition entries on an included workflow, as on a *.workflow.json file', async () => {
    const files = await scanned(['plain/*.json']);
    const child = join(root, 'plain', 'ws_child.json');
    for (const menu of ['explorer/context', 'editor/context']) {
      assert.deepEqual(commandsFor(menu, 'json', child, files), [...register, ...start], menu);
      assert.deepEqual(commandsFor(menu, 'conductor-workflow', join(root, 'a.workflow.json'), files), [
        ...register,
        ...start,
      ]);
      assert.deepEqual(commandsFor(menu, 'conductor-taskdef', join(root, 'a.task.json'), files), register);
    }
    assert.deepEqual(commandsFor('editor/title', 'json', child, files), ['conductor.showDiagram']);
  });

  void it('show nothing on plain JSON that is not included or holds no definition', async () => {
    const files = await scanned(['plain/*.json']);
    assert.deepEqual(commandsFor('explorer/context', 'json', join(root, 'plain', 'notes.json'), files), []);
    assert.deepEqual(commandsFor('editor/context', 'json', join(root, 'package.json'), files), []);
  });

  void it('package.json holds exactly the generated entries', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')) as {
      contributes: { menus: Record<string, MenuEntry[]> };
    };
    for (const [menu, entries] of Object.entries(definitionFileMenus())) {
      const commands = new Set(entries.map((entry) => entry.command));
      const inManifest = manifest.contributes.menus[menu]?.filter((entry) => commands.has(entry.command));
      assert.deepEqual(inManifest, entries, menu);
    }
  });
});
