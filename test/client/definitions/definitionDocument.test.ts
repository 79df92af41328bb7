/**
 * Which documents get the definition file features that are not menus (the Register lens on every kind; the Start
 * and Show Diagram lenses and Start from the palette on workflows): documents of a Conductor language, and plain JSON
 * files that `conductor.definitions.include` matches and that hold a definition, the same files the definition menus
 * serve. Read from the fixture workspace's real files.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { URI } from 'vscode-uri';
import { isDefinitionDocument, isWorkflowDocument } from '../../../client/src/documents/definitionDocument';
import { fixturePath } from './definitionsHarness';

/** A document of fixture `name` in the workspace fixture, as an editor of `languageId` would show it. */
function document(name: string, languageId: string, scheme = 'file'): Parameters<typeof isWorkflowDocument>[0] {
  const path = fixturePath(`workspace/${name}`);
  const text = readFileSync(path, 'utf8');
  return { languageId, uri: scheme === 'file' ? URI.file(path) : URI.from({ scheme, path }), getText: () => text };
}

void describe('definition documents', () => {
  void it('for workflows are the workflow-language files, whatever the include globs', () => {
    assert.equal(isWorkflowDocument(document('flows/ws_order.workflow.json', 'conductor-workflow'), []), true);
    assert.equal(isWorkflowDocument(document('tasks/ws_charge.task.json', 'conductor-taskdef'), ['**/*.json']), false);
  });

  void it('for workflows are included plain JSON files that hold a workflow, as the definition menus see them', () => {
    const child = document('plain/ws_child.json', 'json');
    assert.equal(isWorkflowDocument(child, ['plain/*.json']), true);
    assert.equal(isWorkflowDocument(child, []), false, 'not included: plain JSON');
    assert.equal(isWorkflowDocument(child, ['other/*.json']), false);
    assert.equal(isWorkflowDocument(document('plain/notes.json', 'json'), ['plain/*.json']), false, 'no definition');
    assert.equal(isWorkflowDocument(document('plain/ws_child.json', 'json', 'git'), ['plain/*.json']), false);
  });

  void it('of any kind get the Register lens: Conductor languages, and included plain JSON holding a definition', () => {
    assert.equal(isDefinitionDocument(document('tasks/ws_charge.task.json', 'conductor-taskdef'), []), true);
    const included = ['plain/*.json', 'tasks/*.json'];
    assert.equal(isDefinitionDocument(document('plain/ws_child.json', 'json'), included), true);
    assert.equal(isDefinitionDocument(document('plain/notes.json', 'json'), included), false, 'no definition');
    assert.equal(isDefinitionDocument(document('plain/ws_child.json', 'json'), []), false, 'not included');
  });
});
