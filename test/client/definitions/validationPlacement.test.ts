/**
 * §2.6 A register the engine rejects: its `validationErrors` placed in the local file, compared with a golden file
 * (`<fixture>.diagnostics.json`, rewritten with UPDATE_GOLDEN=1), for a workflow file and a task-definition array.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { ValidationError } from '../../../common/src/model';
import { ConductorApiError } from '../../../client/src/api';
import { placeValidationErrors } from '../../../client/src/commands/definitions/validationPlacement';
import { LineIndex } from '../../../server/src/service/positions';
import { startEngineClient, type EngineClient } from '../clientHarness';
import { fixturePath, fixtureText } from './definitionsHarness';

let h: EngineClient;
before(async () => {
  h = await startEngineClient();
});
after(() => h.engine.close());

async function serverErrors(call: () => Promise<unknown>): Promise<ValidationError[]> {
  try {
    await call();
  } catch (error) {
    if (error instanceof ConductorApiError && error.validationErrors) return error.validationErrors;
    throw error;
  }
  assert.fail('the server accepted a definition it should reject');
}

function assertGolden(fixture: string, holdsArray: boolean, errors: readonly ValidationError[]): void {
  const text = fixtureText(fixture);
  const lines = new LineIndex(text);
  const placed = placeValidationErrors(text, holdsArray, errors).map(({ range, message, serverPath }) => {
    const start = lines.positionAt(range.start);
    const end = lines.positionAt(range.end);
    return { serverPath, message, range: [start.line, start.character, end.line, end.character] };
  });
  const golden = fixturePath(fixture.replace(/\.json$/, '.diagnostics.json'));
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(golden)) {
    writeFileSync(golden, `${JSON.stringify(placed, null, 2)}\n`);
  }
  assert.deepEqual(placed, JSON.parse(readFileSync(golden, 'utf8')));
}

void describe('placing server validation errors in the file', () => {
  void it('§2.6 puts a fork branch task error on its value and a class-level one on the task name', async () => {
    const def = JSON.parse(fixtureText('defs_rejected.workflow.json')) as never;
    const errors = await serverErrors(() => h.client.metadata.registerWorkflowDef(def));
    assertGolden('defs_rejected.workflow.json', false, errors);
  });

  void it('§2.6 starts the path with the list index for a task-definition array', () => {
    const errors = [
      { path: 'registerTaskDef.taskDefinitions[1].timeoutSeconds', message: 'TaskDef timeoutSeconds must be positive' },
      { path: 'registerTaskDef.taskDefinitions[1].pollTimeoutSeconds', message: 'missing property goes to the name' },
    ];
    assertGolden('defs_tasks.taskdef.json', true, errors);
  });
});
