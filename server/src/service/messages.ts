/**
 * Codes and messages of the diagnostics the core itself reports (syntax, duplicate keys, schema). Semantic rules
 * keep their own constants in their files. Every diagnostic carries `source: 'conductor'` and one of these codes.
 */

/** The `source` of every diagnostic. */
export const SOURCE = 'conductor';

/** Stable diagnostic codes of the core. */
export const CODES = {
  syntax: 'conductor.syntax',
  duplicateKey: 'conductor.duplicateKey',
  unknownProperty: 'conductor.schema.unknownProperty',
  missingProperty: 'conductor.schema.missingProperty',
  type: 'conductor.schema.type',
  enum: 'conductor.schema.enum',
  range: 'conductor.schema.range',
  format: 'conductor.schema.format',
  invalid: 'conductor.schema.invalid',
  nesting: 'conductor.nestingTooDeep',
} as const;

/** jsonc-parser error names → messages (what failed, in the words VS Code's JSON support uses). */
export const SYNTAX_MESSAGES: Readonly<Record<string, string>> = {
  InvalidSymbol: 'Invalid symbol',
  InvalidNumberFormat: 'Invalid number format',
  PropertyNameExpected: 'Property name expected (a double-quoted string; trailing commas are not allowed in JSON)',
  ValueExpected: 'Value expected',
  ColonExpected: 'Colon expected',
  CommaExpected: 'Expected comma',
  CloseBraceExpected: 'Closing brace expected',
  CloseBracketExpected: 'Closing bracket expected',
  EndOfFileExpected: 'End of file expected',
  InvalidCommentToken: 'Comments are not permitted in JSON',
  UnexpectedEndOfComment: 'Unexpected end of comment',
  UnexpectedEndOfString: 'Unexpected end of string',
  UnexpectedEndOfNumber: 'Unexpected end of number',
  InvalidUnicode: 'Invalid unicode sequence in string',
  InvalidEscapeCharacter: 'Invalid escape character in string',
  InvalidCharacter: 'Invalid characters in string. Control characters must be escaped',
};

/** Fallback for a syntax error jsonc-parser does not name. */
export const SYNTAX_UNKNOWN = 'Invalid JSON';

/** Duplicate key; Conductor (Jackson) silently keeps the last value. */
export const duplicateKeyMessage = (key: string): string =>
  `Duplicate key '${key}': Conductor keeps only the last value and silently drops the earlier one; remove one of them`;

/** Unknown property, optionally with the closest allowed name. */
export const unknownPropertyMessage = (property: string, suggestion: string | undefined): string =>
  suggestion === undefined
    ? `Property '${property}' is not allowed here: Conductor ignores unknown fields silently`
    : `Property '${property}' is not allowed here. Did you mean '${suggestion}'? Conductor ignores unknown fields silently`;

/** Missing required property. */
export const missingPropertyMessage = (property: string): string => `Missing required property '${property}'`;

/** Wrong JSON type. */
export const typeMessage = (expected: string, actual: string): string =>
  `Incorrect type: expected ${expected}, got ${actual}`;

/** Value outside a closed set. */
export const enumMessage = (allowed: readonly unknown[], suggestion: string | undefined): string => {
  const list = allowed.map((value) => JSON.stringify(value)).join(', ');
  const hint = suggestion === undefined ? '' : ` Did you mean '${suggestion}'?`;
  return `Value is not accepted. Valid values: ${list}.${hint}`;
};

/** Value that must equal one constant. */
export const constMessage = (expected: unknown): string => `Value must be ${JSON.stringify(expected)}`;

/** A value matching none of the forms a field accepts (a failed `anyOf`/`oneOf`). */
export const ALTERNATIVES_MESSAGE =
  'Value does not match any of the forms this field accepts: hover the field to see them';

/** Any other schema violation: Ajv's own wording, capitalised. */
export const genericSchemaMessage = (ajvMessage: string | undefined): string => {
  const text = ajvMessage ?? 'is not valid';
  return `Value ${text}`;
};

/** A document nested too deeply to validate safely. */
export const nestingMessage = (limit: number): string =>
  `The document nests objects and arrays more than ${limit} levels deep, too deep to check: schema and rule checks were skipped`;
