/**
 * Part 4 of `bench/engine.ts`, at the sandbox: what an object result costs a script over a primitive one (the result
 * converter, engine/src/scripts/sandboxConverter.ts), in the shared context of read-only scripts and in fresh
 * contexts, by CPU time, in one run on the engine's own sandbox. The fresh figure is what every object result cost
 * while the converter was compiled for each evaluation; the shared figure is what a read-only script pays now.
 */
import { scriptRuntime } from '../engine/src/execution/scriptRuntime';
import type { ScriptSandbox } from '../engine/src/scripts';
import { FRESH_MARK } from './engineMixedWorkflow';

const INPUT = { v: 'fan', n: 2 };
const PRIMITIVE = '$.v';
const OBJECT = '({ v: $.v, list: [$.v, $.n], nested: { big: $.n > 1 } })';
const EXPECTED = JSON.stringify({ v: 'fan', list: ['fan', 2], nested: { big: true } });
/** Blocks of each script in turn, so the machine's drift within the run hits all four alike. */
const ROUNDS = 5;

/** CPU µs per evaluation of each script, measured in `ROUNDS` interleaved blocks of `count / ROUNDS`. */
function cpuPerEvaluation(sandbox: ScriptSandbox, scripts: string[], count: number): number[] {
  const used = scripts.map(() => 0);
  const block = Math.max(1, Math.round(count / ROUNDS));
  for (let round = 0; round < ROUNDS; round++) {
    scripts.forEach((script, i) => {
      const start = process.cpuUsage();
      for (let n = 0; n < block; n++) sandbox.evaluate(script, INPUT);
      const spent = process.cpuUsage(start);
      used[i] = (used[i] ?? 0) + spent.user + spent.system;
    });
  }
  return used.map((micros) => micros / (block * ROUNDS));
}

/** Checks that `script` gives the expected value, so the bench never times a failing evaluation. */
function check(sandbox: ScriptSandbox, script: string, expected: string): void {
  const result = sandbox.evaluate(script, INPUT);
  if (!result.ok || JSON.stringify(result.value) !== expected) {
    throw new Error(`${script} did not evaluate as expected: ${JSON.stringify(result)}`);
  }
}

/** Runs the object-result measurement (`count` evaluations per script) and prints its lines. */
export function runConverterBench(count: number, label: string): void {
  const sandbox = scriptRuntime.sandbox;
  if (!sandbox) throw new Error('The engine has no script sandbox');
  const scripts = ['', FRESH_MARK].flatMap((mark) => [PRIMITIVE + mark, OBJECT + mark]);
  scripts.forEach((script, i) => check(sandbox, script, i % 2 === 0 ? '"fan"' : EXPECTED));
  cpuPerEvaluation(sandbox, scripts, Math.min(200, count)); // warm-up
  const [sharedPrimitive = 0, sharedObject = 0, freshPrimitive = 0, freshObject = 0] = cpuPerEvaluation(
    sandbox,
    scripts,
    count,
  );
  console.log(`${label} object result (${OBJECT}) vs primitive (${PRIMITIVE}), CPU per evaluation:`);
  const line = (contexts: string, primitive: number, object: number) =>
    console.log(
      `${label}   [${contexts} context] primitive ${primitive.toFixed(0)} µs, object ${object.toFixed(0)} µs: ` +
        `the object result costs ${(object - primitive).toFixed(0)} µs more`,
    );
  line('shared', sharedPrimitive, sharedObject);
  line('fresh', freshPrimitive, freshObject);
}
