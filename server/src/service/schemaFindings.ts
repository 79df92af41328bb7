/**
 * Turns Ajv errors into `Finding`s placed where an author looks for them: unknown property → on its key (with a
 * "did you mean" read from the schema node's own property names), missing required → on the owning object's key,
 * everything else → on the value. `if` noise is dropped, `anyOf`/`oneOf` alternatives collapse into one finding,
 * and a schema's `x-conductor-message` (Conductor's exact server text) replaces the generic wording.
 */
import type { ErrorObject } from 'ajv';
import { conductorMessage } from './conductorMessage';
import { suggest } from './didYouMean';
import * as messages from './messages';
import { instancePath } from './jsonPointer';
import { jsonType, patternMessage, typeNames } from './schemaErrorText';
import { withoutNoise } from './schemaNoise';
import type { Finding, JsonPath } from './types';

const RANGE_KEYWORDS = new Set([
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'minProperties',
  'maxProperties',
]);

/** Maps Ajv's errors for `value` to findings; `prefix` is the path of `value` inside the document. */
export function mapSchemaErrors(errors: readonly ErrorObject[], value: unknown, prefix: JsonPath): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const error of withoutNoise(errors)) {
    const path = [...prefix, ...instancePath(error.instancePath, value)];
    const finding = toFinding(error, errors, path, value, prefix.length);
    const key = `${finding.code}|${finding.target}|${finding.path.join('\u0000')}|${finding.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      findings.push(finding);
    }
  }
  return findings;
}

function toFinding(
  error: ErrorObject,
  all: readonly ErrorObject[],
  path: JsonPath,
  root: unknown,
  skip: number,
): Finding {
  const custom = (property?: string): string | undefined => conductorMessage(error, root, path.slice(skip), property);
  switch (error.keyword) {
    case 'additionalProperties':
      return unknownProperty(error, path, custom);
    case 'required':
      return missingProperty(error, path, custom);
    case 'type':
      return onValue(
        messages.CODES.type,
        custom() ?? messages.typeMessage(typeNames(error), jsonType(error.data)),
        path,
      );
    case 'enum':
      return enumFinding(error, path, custom);
    case 'const':
      return onValue(
        messages.CODES.enum,
        custom() ?? messages.constMessage((error.params as { allowedValue?: unknown }).allowedValue),
        path,
      );
    case 'anyOf':
    case 'oneOf':
      return alternatives(error, all, path, custom);
    default:
      return otherKeyword(error, path, custom);
  }
}

function missingProperty(error: ErrorObject, path: JsonPath, custom: (p?: string) => string | undefined): Finding {
  const property = String((error.params as { missingProperty?: unknown }).missingProperty);
  const message = custom(property) ?? messages.missingPropertyMessage(property);
  return finding(messages.CODES.missingProperty, message, [...path, property], 'parentKey', { property });
}

/** Ranges, formats, patterns and anything else: Ajv's words unless the schema has its own. */
function otherKeyword(error: ErrorObject, path: JsonPath, custom: (p?: string) => string | undefined): Finding {
  let code: string = messages.CODES.invalid;
  if (RANGE_KEYWORDS.has(error.keyword)) code = messages.CODES.range;
  else if (error.keyword === 'format' || error.keyword === 'pattern') code = messages.CODES.format;
  return onValue(code, custom() ?? patternMessage(error) ?? messages.genericSchemaMessage(error.message), path);
}

function unknownProperty(error: ErrorObject, path: JsonPath, custom: (p?: string) => string | undefined): Finding {
  const property = String((error.params as { additionalProperty?: unknown }).additionalProperty);
  const properties = (error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
  const suggestion = suggest(property, Object.keys(properties ?? {}));
  const message = custom(property) ?? messages.unknownPropertyMessage(property, suggestion);
  // A near miss is almost surely a typo that silently loses a setting; an unrelated name may be deliberate.
  const severity = suggestion === undefined ? 'warning' : 'error';
  const data = suggestion === undefined ? { property } : { property, suggestion };
  return { ...finding(messages.CODES.unknownProperty, message, [...path, property], 'key', data), severity };
}

function enumFinding(error: ErrorObject, path: JsonPath, custom: (p?: string) => string | undefined): Finding {
  const allowed = (error.params as { allowedValues?: unknown[] }).allowedValues ?? [];
  const strings = allowed.filter((v): v is string => typeof v === 'string');
  const suggestion = typeof error.data === 'string' ? suggest(error.data, strings) : undefined;
  const message = custom() ?? messages.enumMessage(allowed, suggestion);
  return finding(messages.CODES.enum, message, path, 'value', suggestion === undefined ? undefined : { suggestion });
}

/** A failed `anyOf`/`oneOf`: one finding, merging the alternatives' expected types when that is all they say. */
function alternatives(
  error: ErrorObject,
  all: readonly ErrorObject[],
  path: JsonPath,
  custom: (p?: string) => string | undefined,
): Finding {
  const inner = all.filter(
    (e) => e.schemaPath.startsWith(`${error.schemaPath}/`) && e.instancePath === error.instancePath,
  );
  if (inner.length > 0 && inner.every((e) => e.keyword === 'type')) {
    const expected = [...new Set(inner.flatMap((e) => typeNames(e).split(' or ')))].join(' or ');
    return onValue(messages.CODES.type, custom() ?? messages.typeMessage(expected, jsonType(error.data)), path);
  }
  return onValue(messages.CODES.invalid, custom() ?? messages.ALTERNATIVES_MESSAGE, path);
}

function onValue(code: string, message: string, path: JsonPath): Finding {
  return finding(code, message, path, 'value');
}

function finding(
  code: string,
  message: string,
  path: JsonPath,
  target: Finding['target'],
  data?: Record<string, unknown>,
): Finding {
  return data === undefined
    ? { code, message, severity: 'error', path, target }
    : { code, message, severity: 'error', path, target, data };
}
