/**
 * Reading local definition files for registering: the kind by file name then by shape, arrays of task definitions,
 * editor-only keys dropped, and clear errors for files that cannot be registered.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DefinitionFileError, readDefinitionFile } from '../../../client/src/documents/definitionFile';
import { fixtureFile } from './definitionsHarness';

void describe('readDefinitionFile', () => {
  void it('reads a workflow file and drops $schema, which Conductor would store', () => {
    const file = fixtureFile('defs_flow.workflow.json');
    assert.equal(file.kind, 'workflow');
    assert.equal(file.holdsArray, false);
    assert.equal(file.definitions.length, 1);
    assert.equal(file.definitions[0]?.name, 'defs_flow');
    assert.ok(!('$schema' in (file.definitions[0] ?? {})));
  });

  void it('reads a task-definition file holding an array', () => {
    const file = fixtureFile('defs_tasks.taskdef.json');
    assert.equal(file.kind, 'taskdef');
    assert.equal(file.holdsArray, true);
    assert.deepEqual(
      file.definitions.map((def) => def.name),
      ['defs_task_a', 'defs_task_b'],
    );
  });

  void it('tells the kind of a plain .json file by its shape', () => {
    const file = readDefinitionFile('nightly.json', '{"name":"n","cronExpression":"0 0 2 * * *"}');
    assert.equal(file.kind, 'schedule');
  });

  void it('refuses invalid JSON, unknown shapes, empty arrays and arrays of workflows with a next step', () => {
    const cases: [string, string, RegExp][] = [
      ['a.workflow.json', '{"name": ', /a\.workflow\.json is not valid JSON .*fix it/],
      ['package.json', '{"name":"x","private":true}', /does not look like a Conductor definition; name it/],
      ['t.taskdef.json', '[]', /must hold a JSON object or an array of them/],
      ['w.workflow.json', '[{"name":"w","tasks":[]}]', /only task-definition files may hold several/],
    ];
    for (const [name, text, message] of cases) {
      assert.throws(
        () => readDefinitionFile(name, text),
        (error: unknown) => {
          assert.ok(error instanceof DefinitionFileError);
          assert.match(error.message, message);
          return true;
        },
      );
    }
  });
});
