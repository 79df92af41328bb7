/**
 * The schemas work in VS Code's own JSON support (vscode-json-languageservice), not only in Ajv: the relative
 * `$ref`s between files resolve from the schema's file URI, a file's relative `"$schema"` resolves, and hover
 * shows the markdown descriptions.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { getLanguageService } from 'vscode-json-languageservice';
import type { LanguageService } from 'vscode-json-languageservice';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { root, schemaDir } from './schemaHarness';

function createService(): LanguageService {
  const service = getLanguageService({
    workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).href },
    schemaRequestService: (uri) => Promise.resolve(readFileSync(fileURLToPath(uri), 'utf8')),
  });
  const schema = (file: string): string => pathToFileURL(join(schemaDir, file)).href;
  service.configure({
    validate: true,
    schemas: [
      { uri: schema('workflow-def.schema.json'), fileMatch: ['*.workflow.json'] },
      { uri: schema('task-def.schema.json'), fileMatch: ['*.taskdef.json'] },
    ],
  });
  return service;
}

function open(file: string): TextDocument {
  return TextDocument.create(pathToFileURL(file).href, 'json', 1, readFileSync(file, 'utf8'));
}

async function problems(service: LanguageService, file: string): Promise<string[]> {
  const document = open(file);
  const diagnostics = await service.doValidation(document, service.parseJSONDocument(document));
  return diagnostics.map((d) => {
    const message = typeof d.message === 'string' ? d.message : d.message.value;
    return `${d.range.start.line + 1}:${d.range.start.character + 1} ${message}`;
  });
}

void describe('VS Code JSON language service', () => {
  const service = createService();
  const fixtures = join(root, 'test', 'fixtures');

  void test('the examples validate clean, through their relative "$schema" and cross-file $refs', async () => {
    for (const name of ['order_fulfillment', 'payment_processing', 'customer_notification']) {
      assert.deepEqual(await problems(service, join(root, 'examples', 'workflows', `${name}.workflow.json`)), []);
    }
    assert.deepEqual(await problems(service, join(root, 'examples', 'tasks', 'order_tasks.taskdef.json')), []);
  });

  void test('per-type requirements reach nested tasks (EVENT without sink)', async () => {
    const file = join(fixtures, 'invalid', 'schema-task-type', 'event-missing-sink.workflow.json');
    assert.deepEqual(await problems(service, file), ['6:5 Missing property "sink".']);
  });

  void test('unknown properties are reported (typo of taskReferenceName)', async () => {
    const file = join(fixtures, 'invalid', 'schema-unknown-property', 'task-ref-name-typo.workflow.json');
    assert.deepEqual(await problems(service, file), ['8:7 Property taskRefName is not allowed.']);
  });

  void test('hover on a task property shows its markdown description', async () => {
    const document = open(join(root, 'examples', 'workflows', 'order_fulfillment.workflow.json'));
    const offset = document.getText().indexOf('"sink"') + 2;
    const hover = await service.doHover(document, document.positionAt(offset), service.parseJSONDocument(document));
    assert.match(JSON.stringify(hover?.contents), /conductor:<workflowName>:<taskRef>/);
  });
});
