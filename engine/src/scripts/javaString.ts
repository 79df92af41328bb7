/**
 * `String.valueOf` of a converted script result, as Conductor's SWITCH builds its case value with `"" + result`
 * (reference/conductor.md §5.6, `M/SwitchTaskMapper.java`). `ScriptEvaluator.getObject` turns whole numbers that fit
 * a long into Integer/Long ("1", not "1.0") and every other number into a Double, which Java prints its own way
 * ("1.5", "1.0E21", "1.0E-4"); lists print as "[a, b]" and maps as "{k=v}".
 */

const LONG_LIMIT = 2 ** 63;

/** The Java `toString` of a JSON-shaped value coming out of the sandbox. */
export function javaString(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return javaNumber(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map((item) => javaString(item)).join(', ')}]`;
  // Only JSON values leave the sandbox, so what remains is an object (a Java Map).
  const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}=${javaString(v)}`);
  return `{${entries.join(', ')}}`;
}

/** Integer/Long when whole and in range, else `Double.toString`. */
export function javaNumber(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < LONG_LIMIT && !Object.is(value, -0)) return String(value);
  return javaDouble(value);
}

/** `Double.toString`: plain notation in [1e-3, 1e7), else "d.dddE±n"; always at least one fraction digit. */
function javaDouble(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
  const magnitude = Math.abs(value);
  if (magnitude === 0 || (magnitude >= 1e-3 && magnitude < 1e7)) {
    const plain = Object.is(value, -0) ? '-0' : String(value);
    return plain.includes('.') ? plain : `${plain}.0`;
  }
  // JS exponential form has the same shortest digits; only the layout differs ("1.5e+21" → "1.5E21").
  const [mantissa = '', exponent = ''] = value.toExponential().split('e');
  const digits = mantissa.includes('.') ? mantissa : `${mantissa}.0`;
  return `${digits}E${exponent.replace('+', '')}`;
}
