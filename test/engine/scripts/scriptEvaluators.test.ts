import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  ScriptSandbox,
  evalBool,
  javaString,
  lambdaScript,
  loopConditionMessage,
  runInline,
  runLambda,
  switchCaseValue,
  toBoolean,
} from '../../../engine/src/scripts';

let sandbox: ScriptSandbox;
before(async () => {
  sandbox = await ScriptSandbox.create({ timeoutMs: 200 });
});
after(() => sandbox.dispose());

void describe('§4.4 evalBool', () => {
  void it('treats only booleans, and numbers > 0, as true', () => {
    const cases: [unknown, boolean][] = [
      [true, true],
      [false, false],
      [1, true],
      [0.5, true],
      [0, false],
      [-1, false],
      ['true', false],
      [{}, false],
      [null, false],
    ];
    for (const [input, expected] of cases) assert.equal(toBoolean(input), expected, JSON.stringify(input));
  });
  void it('evaluates a DO_WHILE style condition over $ (§5.8)', () => {
    const condition = "if ($.loop['iteration'] < $.max) { true; } else { false; }";
    assert.deepEqual(evalBool(sandbox, condition, { loop: { iteration: 1 }, max: 3 }), { ok: true, value: true });
    assert.deepEqual(evalBool(sandbox, condition, { loop: { iteration: 3 }, max: 3 }), { ok: true, value: false });
    assert.deepEqual(evalBool(sandbox, '"true"', {}), { ok: true, value: false });
    assert.deepEqual(evalBool(sandbox, '$.n', { n: 2 }), { ok: true, value: true });
  });
  void it('passes a failure through, for "Unable to evaluate condition …"', () => {
    const result = evalBool(sandbox, '$.missing.x', {});
    assert.ok(!result.ok);
    assert.equal(
      loopConditionMessage('$.missing.x', result.reason),
      "Unable to evaluate condition $.missing.x, exception Error evaluating the script `TypeError: cannot read property 'x' of undefined` at line 1",
    );
  });
});

void describe('§5.6 SWITCH case value', () => {
  void it('renders "" + result with whole numbers as ints and other values as Java prints them', () => {
    const cases: [string, string][] = [
      ['$.n', '1'],
      ['1.0', '1'],
      ['1.5', '1.5'],
      ['1e21', '1.0E21'],
      ['0.0001', '1.0E-4'],
      ['true', 'true'],
      ['null', 'null'],
      ['undefined', 'null'],
      ['"a" + $.n', 'a1'],
      ['[1, "x"]', '[1, x]'],
      ['({k: 2})', '{k=2}'],
    ];
    for (const [expression, expected] of cases) {
      assert.deepEqual(switchCaseValue(sandbox, expression, { n: 1 }), { ok: true, value: expected }, expression);
    }
  });
  void it('formats doubles like Double.toString', () => {
    assert.equal(javaString(1e7), '10000000');
    assert.equal(javaString(2 ** 63), '9.223372036854776E18');
    assert.equal(javaString(123.25), '123.25');
    assert.equal(javaString(-0), '-0.0');
  });
});

void describe('§1.11 INLINE and LAMBDA outcomes', () => {
  void it('INLINE: result output, javascript by default, value-param without a script', () => {
    assert.deepEqual(runInline(sandbox, { expression: '$.a * 2', a: 21 }), {
      status: 'COMPLETED',
      output: { result: 42 },
    });
    assert.deepEqual(
      runInline(sandbox, { evaluatorType: 'graaljs', expression: '(function(){ return $.a; })()', a: 'x' }),
      {
        status: 'COMPLETED',
        output: { result: 'x' },
      },
    );
    assert.deepEqual(runInline(sandbox, { evaluatorType: 'value-param', expression: 'a', a: [1] }), {
      status: 'COMPLETED',
      output: { result: [1] },
    });
  });
  void it('INLINE: a script error is FAILED_WITH_TERMINAL_ERROR with output.error; a timeout is FAILED', () => {
    const error = runInline(sandbox, { expression: 'throw new Error("no")' });
    assert.equal(error.status, 'FAILED_WITH_TERMINAL_ERROR');
    assert.equal(error.reasonForIncompletion, 'Error evaluating the script `Error: no` at line 1');
    assert.deepEqual(error.output, { error: error.reasonForIncompletion });
    const slow = runInline(sandbox, { expression: 'while(true){}' });
    assert.equal(slow.status, 'FAILED');
    assert.equal(slow.reasonForIncompletion, 'Script not evaluated within 0.2 seconds, interrupted.');
  });
  void it("INLINE: Conductor's messages for a blank expression and an unknown evaluator", () => {
    assert.equal(
      runInline(sandbox, { expression: ' ' }).reasonForIncompletion,
      "Empty 'expression' in Inline task's input parameters. A non-empty String value must be provided.",
    );
    assert.equal(
      runInline(sandbox, { evaluatorType: 'python', expression: '1' }).reasonForIncompletion,
      "Unknown evaluator 'python' in INLINE task.",
    );
    assert.equal(runInline(sandbox, { evaluatorType: '', expression: '1' }).status, 'FAILED_WITH_TERMINAL_ERROR');
  });
  void it('LAMBDA: wraps the body so return works; errors are FAILED', () => {
    assert.equal(lambdaScript('return 1;'), 'function scriptFun(){return 1;} scriptFun();');
    assert.deepEqual(
      runLambda(sandbox, { scriptExpression: 'if ($.v > 1) return {big: true}; return {big: false};', v: 5 }),
      {
        status: 'COMPLETED',
        output: { result: { big: true } },
      },
    );
    const broken = runLambda(sandbox, { scriptExpression: 'return nope;' });
    assert.equal(broken.status, 'FAILED');
    assert.match(broken.reasonForIncompletion ?? '', /ReferenceError: 'nope' is not defined` at line 1$/);
    assert.equal(runLambda(sandbox, {}).status, 'FAILED');
  });
});
