/**
 * Which documents get the workflow file features that are not menus (the Start and Show Diagram code lenses, Start
 * from the palette): `*.workflow.json` documents, and plain JSON files that `conductor.definitions.include` matches
 * and that hold a workflow, the same files the definition menus serve. Read from the fixture workspace's real files.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { URI } from 'vscode-uri';
import { isWorkflowDocument } from '../../../client/src/documents/workflowDocument';
import { fixturePath } from './definitionsHarness';

/** A document of fixture `name` in the workspace fixture, as an editor of `languageId` would show it. */
function document(name: string, languageId: string, scheme = 'file'): Parameters<typeof isWorkflowDocument>[0] {
  const path = fixturePath(`workspace/${name}`);
  const text = readFileSync(path, 'utf8');
  return { languageId, uri: scheme === 'file' ? URI.file(path) : URI.from({ scheme, path }), getText: () => text };
}

void describe('workflow documents', () => {
  void it('are the workflow-language files, whatever the include globs', () => {
    assert.equal(isWorkflowDocument(document('flows/ws_order.workflow.json', 'conductor-workflow'), []), true);
    assert.equal(isWorkflowDocument(document('tasks/ws_charge.task.json', 'conductor-taskdef'), ['**/*.json']), false);
  });

  void it('are included plain JSON files that hold a workflow, as the definition menus see them', () => {
    const child = document('plain/ws_child.json', 'json');
    assert.equal(isWorkflowDocument(child, ['plain/*.json']), true);
    assert.equal(isWorkflowDocument(child, []), false, 'not included: plain JSON');
    assert.equal(isWorkflowDocument(child, ['other/*.json']), false);
    assert.equal(isWorkflowDocument(document('plain/notes.json', 'json'), ['plain/*.json']), false, 'no definition');
    assert.equal(isWorkflowDocument(document('plain/ws_child.json', 'json', 'git'), ['plain/*.json']), false);
  });
});
