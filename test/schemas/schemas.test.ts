/**
 * The schemas compile in Ajv's full strict mode, accept every valid fixture and the examples project, and reject
 * every schema-level invalid fixture (`test/fixtures/invalid/schema-*`). What each invalid case reports, with
 * range and message, is checked by the core's golden test.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { createStrictAjv, definitionFiles, loadSchemas, root, schemaErrors } from './schemaHarness';

const fixtures = join(root, 'test', 'fixtures');

void describe('every schema compiles in strict mode', () => {
  const schemas = loadSchemas();
  const ajv = createStrictAjv(schemas);
  for (const { file } of schemas) {
    void test(file, () => assert.equal(typeof ajv.getSchema(file), 'function'));
  }
  void test('all seven document schemas are present', () => {
    assert.deepEqual(
      schemas.map((s) => s.file),
      [
        'event-handler.schema.json',
        'schedule.schema.json',
        'start-workflow-request.schema.json',
        'task-def.schema.json',
        'workflow-def.schema.json',
        'workflow-task.schema.json',
        'workflow-test-mocks.schema.json',
      ],
    );
  });
  void test("the test-run mocks schema takes the examples' mocks file and rejects an unknown mock status", () => {
    const validate = ajv.getSchema('workflow-test-mocks.schema.json');
    assert.ok(validate);
    const mocks: unknown = JSON.parse(
      readFileSync(join(root, 'examples/workflows/order_fulfillment.mocks.json'), 'utf8'),
    );
    assert.equal(validate(mocks), true, JSON.stringify(validate.errors));
    assert.equal(validate({ taskRefToMockOutput: { a: [{ status: 'DONE' }] } }), false);
  });
});

void describe('valid documents pass the schemas', () => {
  const ajv = createStrictAjv();
  const files = [...definitionFiles(join(fixtures, 'valid')), ...definitionFiles(join(root, 'examples'))];
  void test('there are valid fixtures and examples of every kind', () => {
    for (const suffix of ['.workflow.json', '.taskdef.json', '.event.json', '.schedule.json']) {
      assert.ok(
        files.some((file) => file.endsWith(suffix)),
        `no valid ${suffix}`,
      );
    }
  });
  for (const file of files) {
    void test(relative(root, file), () => assert.deepEqual(schemaErrors(ajv, file), []));
  }
});

void describe('schema-level invalid fixtures fail the schemas', () => {
  const ajv = createStrictAjv();
  const folders = readdirSync(join(fixtures, 'invalid')).filter((name) => name.startsWith('schema-'));
  for (const folder of folders) {
    // Files starting with `_` only support a folder's cases (fixture convention) and are valid.
    const cases = definitionFiles(join(fixtures, 'invalid', folder)).filter((file) => !basename(file).startsWith('_'));
    for (const file of cases) {
      void test(relative(fixtures, file), () => assert.notDeepEqual(schemaErrors(ajv, file), []));
    }
  }
});
