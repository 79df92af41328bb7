/**
 * Registration validation against golden files: each `fixtures/registration/<case>.workflow.json` is POSTed to
 * `/api/metadata/workflow` and the answer must equal `<case>.expected.json` (status, and Conductor's
 * `validationErrors` for a 400, §2.6). The lax case proves that what Conductor accepts still registers.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ErrorResponse, ValidationError } from '../../../common/src/model';
import { VALIDATION_FAILED } from '../../../engine/src/api/metadataValidation';
import { startPlatformServer } from './platformServer';
import type { PlatformServer } from './platformServer';

interface Expected {
  status: number;
  validationErrors?: ValidationError[];
}

const DIR = join(__dirname, 'fixtures', 'registration');
const CASES = readdirSync(DIR)
  .filter((name) => name.endsWith('.workflow.json'))
  .map((name) => name.slice(0, -'.workflow.json'.length));

let server: PlatformServer;

before(async () => {
  server = await startPlatformServer();
});

after(() => server.close());

void describe('registration golden files (§2.3, §2.6)', () => {
  for (const name of CASES) {
    void it(name, async () => {
      const body = readFileSync(join(DIR, `${name}.workflow.json`), 'utf8');
      const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as Expected;
      const response = await server.call('POST', '/api/metadata/workflow', body);
      assert.equal(response.status, expected.status, await response.clone().text());
      if (expected.status === 200) return;
      const error = (await response.json()) as ErrorResponse;
      assert.equal(error.message, VALIDATION_FAILED);
      assert.equal(error.retryable, false);
      assert.deepEqual(error.validationErrors, expected.validationErrors);
    });
  }

  void it('validates the same way on /validate, without storing', async () => {
    for (const name of CASES) {
      const body = readFileSync(join(DIR, `${name}.workflow.json`), 'utf8');
      const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as Expected;
      const response = await server.call('POST', '/api/metadata/workflow/validate', body);
      assert.equal(response.status, expected.status, name);
    }
  });
});
