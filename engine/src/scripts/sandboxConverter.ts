/**
 * JavaScript compiled inside a sandbox context only when a script returns an object (reference/conductor.md §4.4):
 * primitives are read directly by the host, which keeps the common SWITCH/DO_WHILE case cheap (compiling this costs
 * about as much as creating the context). The built-ins it uses are captured before the user's script runs and
 * passed in, so a script that overwrites `JSON` or `Object.keys` cannot change how its own result is converted.
 */

/** Global paths of the built-ins the converter needs, in the order the factory takes them. */
export const CONVERTER_BUILTINS = [
  ['JSON', 'stringify'],
  ['Object', 'keys'],
  ['Object', 'create'],
  ['Array', 'isArray'],
  ['Number', 'isFinite'],
  ['Map'],
  ['Set'],
] as const;

/**
 * A factory taking {@link CONVERTER_BUILTINS} and returning `convert(value)`, which turns the value into JSON text
 * the way `ScriptEvaluator.getObject` converts a GraalJS value:
 * - `null`/`undefined` → null; booleans and strings as they are;
 * - numbers as they are (NaN and ±Infinity have no JSON form → null; BigInt → number);
 * - arrays element by element; a `Map` by its entries;
 * - any other object, functions included, → a map of its own enumerable keys (so a function becomes `{}`).
 * Maps are built without a prototype, so a `__proto__` key stays a key (an ordinary object would take it as its
 * prototype and lose it). A cycle throws a TypeError, which the host reports as a script error.
 */
export const CONVERTER_FACTORY = `(function (stringify, keys, create, isArray, isFinite, MapType, SetType) {
  'use strict';
  return function (value) {
    const active = new SetType();
    function convert(v) {
      if (v === null || v === undefined) return null;
      const type = typeof v;
      if (type === 'boolean' || type === 'string') return v;
      if (type === 'number') return isFinite(v) ? v : null;
      if (type === 'bigint') return Number(v);
      if (active.has(v)) throw new TypeError('The script result contains a cycle and cannot be converted');
      active.add(v);
      let result;
      if (isArray(v)) {
        result = [];
        for (let i = 0; i < v.length; i++) result.push(convert(v[i]));
      } else if (v instanceof MapType) {
        result = create(null);
        for (const [k, x] of v) result[String(k)] = convert(x);
      } else {
        result = create(null);
        for (const k of keys(v)) result[k] = convert(v[k]);
      }
      active.delete(v);
      return result;
    }
    return stringify(convert(value));
  };
})`;

/** Tells the host that QuickJS threw `null`, which it does when not even an Error object fits in the heap. */
export const IS_NULL_SOURCE = '(function (value) { return value === null; })';

/** File name the sandbox gives the user's script, used to find its line in error stacks. */
export const SCRIPT_FILE_NAME = 'script.js';
