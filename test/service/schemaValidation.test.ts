/**
 * Mapping Ajv errors to findings with the real schemas: placement by target, did-you-mean read from the schema,
 * x-conductor-message (reference §2.3), no `if` noise, deduplication and stable codes.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CODES, missingPropertyMessage } from '../../server/src/service/messages';
import {
  createAjv,
  getValidator,
  prepareValidators,
  validateAgainstSchema,
} from '../../server/src/service/schemaValidation';
import { detectKind, parseDocument } from '../../server/src/service';
import type { Finding } from '../../server/src/service';

const root = join(__dirname, '..', '..');
const task = (extra: Record<string, unknown>): Record<string, unknown> => ({
  name: 'step',
  taskReferenceName: 'step_ref',
  type: 'SET_VARIABLE',
  inputParameters: { x: 1 },
  ...extra,
});
const workflow = (...tasks: Record<string, unknown>[]): Record<string, unknown> => ({
  name: 'flow',
  version: 1,
  tasks,
});

function only(findings: readonly Finding[], code: string): Finding[] {
  return findings.filter((finding) => finding.code === code);
}

void describe('validateAgainstSchema', () => {
  void it('accepts a valid workflow with no findings', () => {
    assert.deepEqual(validateAgainstSchema(workflow(task({})), 'workflow'), []);
  });

  void it('puts an unknown property on its key, with a suggestion read from the schema node', () => {
    const [finding] = only(
      validateAgainstSchema(workflow(task({ taskRefName: 'x' })), 'workflow'),
      CODES.unknownProperty,
    );
    assert.deepEqual(finding?.path, ['tasks', 0, 'taskRefName']);
    assert.equal(finding?.target, 'key');
    assert.equal(finding?.severity, 'error');
    assert.deepEqual(finding?.data, { property: 'taskRefName', suggestion: 'taskReferenceName' });
    assert.match(finding?.message ?? '', /Did you mean 'taskReferenceName'\?/);
  });

  void it('makes an unrelated unknown property a warning without suggestion', () => {
    const [finding] = only(
      validateAgainstSchema({ ...workflow(task({})), xyzzyPlugh: true }, 'workflow'),
      CODES.unknownProperty,
    );
    assert.equal(finding?.severity, 'warning');
    assert.deepEqual(finding?.data, { property: 'xyzzyPlugh' });
  });

  void it("places a missing required property on the owning object's key, with Conductor's message (§2.3)", () => {
    const findings = validateAgainstSchema(workflow(task({ type: 'EVENT' })), 'workflow');
    const [finding] = only(findings, CODES.missingProperty);
    assert.deepEqual(finding?.path, ['tasks', 0, 'sink']);
    assert.equal(finding?.target, 'parentKey');
    assert.equal(finding?.message, 'sink field is required for taskType: EVENT taskName: step');
    assert.ok(!findings.some((f) => /must match "then" schema/.test(f.message)), 'no if/then noise');
  });

  void it('uses the generic message when the schema has no Conductor message', () => {
    const findings = validateAgainstSchema({ version: 1, tasks: [task({})] }, 'workflow');
    const [finding] = only(findings, CODES.missingProperty);
    assert.deepEqual(finding?.path, ['name']);
    assert.ok(finding?.message === missingPropertyMessage('name') || finding?.message.includes('name'));
  });

  void it('reports type, enum and range errors on the value with stable codes', () => {
    const findings = validateAgainstSchema(
      { ...workflow(task({ startDelay: 'soon' })), timeoutPolicy: 'TIME_OUT', schemaVersion: 3 },
      'workflow',
    );
    const type = only(findings, CODES.type)[0];
    assert.deepEqual([type?.path, type?.target], [['tasks', 0, 'startDelay'], 'value']);
    const enumFinding = only(findings, CODES.enum)[0];
    assert.deepEqual(enumFinding?.path, ['timeoutPolicy']);
    assert.equal(enumFinding?.data?.suggestion, 'TIME_OUT_WF');
    const range = only(findings, CODES.range)[0];
    assert.deepEqual(range?.path, ['schemaVersion']);
    assert.equal(range?.message, 'workflowDef schemaVersion: 2 is only supported');
  });

  void it('validates each task definition of an array with its index in the path', () => {
    const findings = validateAgainstSchema(
      [
        { name: 'ok', retryCount: 1 },
        { name: 'bad', retryCount: -1 },
      ],
      'taskdef',
    );
    const [finding] = only(findings, CODES.range);
    assert.deepEqual(finding?.path, [1, 'retryCount']);
    assert.equal(finding?.message, 'TaskDef retryCount: 0 must be >= 0');
  });

  void it('says one thing about a value of the wrong type, even behind alternatives, $ref or if/else', () => {
    const http = task({
      type: 'HTTP',
      inputParameters: { http_request: { uri: 'http://127.0.0.1/', method: 'GET', accept: 5 } },
    });
    const accept = only(validateAgainstSchema(workflow(http), 'workflow'), CODES.type);
    assert.deepEqual(
      accept.map((f) => f.message),
      ['Incorrect type: expected string or array, got integer'],
    );
    const sub = task({ type: 'SUB_WORKFLOW', subWorkflowParam: { name: 'child', workflowDefinition: 5 } });
    assert.equal(only(validateAgainstSchema(workflow(sub), 'workflow'), CODES.type).length, 1);
  });

  void it('reports each problem once', () => {
    const findings = validateAgainstSchema(
      workflow(task({ taskRefName: 'x' }), task({ taskRefName: 'y' })),
      'workflow',
    );
    const keys = findings.map((f) => `${f.code}|${f.path.join('/')}|${f.message}`);
    assert.equal(new Set(keys).size, keys.length);
  });

  void it('compiles every schema in strict mode with the custom keywords registered, in both tiers', () => {
    assert.doesNotThrow(() => createAjv());
    assert.doesNotThrow(() => createAjv(undefined, false));
  });

  void it('compiles every validator ahead of use on request', () => {
    assert.doesNotThrow(() => prepareValidators());
  });

  void it('rejects in the fast tier (member tables) what the closed task object rejects, at any nesting', () => {
    const fast = getValidator('workflow', 'fast');
    const nested = (inner: Record<string, unknown>): Record<string, unknown> =>
      workflow(
        task({
          type: 'SWITCH',
          inputParameters: {},
          evaluatorType: 'value-param',
          expression: 'x',
          decisionCases: { a: [inner] },
        }),
      );
    assert.equal(fast(nested(task({}))), true);
    assert.equal(fast(nested(task({ taskRefName: 'typo' }))), false, 'an unknown property');
    assert.equal(fast(nested(task({ optional: 'yes' }))), false, 'a known property of the wrong type');
    const oneTask = JSON.stringify(task({}));
    assert.equal(fast(JSON.parse(`{"name":"f","tasks":[${oneTask}]}`)), true);
    const withProto: unknown = JSON.parse(`{"name":"f","tasks":[${oneTask}],"__proto__":{}}`);
    assert.equal(fast(withProto), false, 'a parsed __proto__ key is an unknown property');
  });

  void it('gives the same verdict in the fast tier (type dispatch, member tables) as in the detailed tier on every fixture', () => {
    let compared = 0;
    for (const file of jsonFiles(join(root, 'test', 'fixtures')).concat(jsonFiles(join(root, 'examples')))) {
      const parsed = parseDocument(readFileSync(file, 'utf8'));
      const kind = detectKind(file, parsed.value);
      if (parsed.syntaxErrors.length > 0 || kind === undefined) continue;
      const fast = getValidator(kind, 'fast')(parsed.value);
      assert.equal(fast, getValidator(kind, 'detailed')(parsed.value), file);
      compared++;
    }
    assert.ok(compared > 20, `only ${compared} fixtures compared`);
  });
});

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsonFiles(path);
    return name.endsWith('.json') && !name.endsWith('.diagnostics.json') ? [path] : [];
  });
}
