/**
 * The comparison point: vscode-json-languageservice (what VS Code's built-in JSON support runs) validating the
 * benchmark document with our own schemas.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getLanguageService } from 'vscode-json-languageservice';
import type { LanguageService } from 'vscode-json-languageservice';
import { TextDocument } from 'vscode-languageserver-textdocument';

const SCHEMA_BASE = 'file:///schemas/';

/** A language service that knows every schema in `schemas/` and applies the workflow schema to `*.workflow.json`. */
export function createJsonLanguageService(schemaDir: string): LanguageService {
  const contents = new Map<string, string>();
  for (const name of readdirSync(schemaDir).filter((file) => file.endsWith('.schema.json'))) {
    contents.set(`${SCHEMA_BASE}${name}`, readFileSync(join(schemaDir, name), 'utf8'));
  }
  const service = getLanguageService({
    schemaRequestService: (uri) => {
      const text = contents.get(uri);
      return text === undefined ? Promise.reject(new Error(`unknown schema ${uri}`)) : Promise.resolve(text);
    },
  });
  service.configure({
    validate: true,
    schemas: [{ uri: `${SCHEMA_BASE}workflow-def.schema.json`, fileMatch: ['*.workflow.json'] }],
  });
  return service;
}

/** Parses and validates `text` as VS Code's JSON support would; resolves to the number of diagnostics. */
export async function validateWithJsonLanguageService(service: LanguageService, text: string): Promise<number> {
  const document = TextDocument.create('file:///bench.workflow.json', 'json', 1, text);
  const diagnostics = await service.doValidation(document, service.parseJSONDocument(document));
  return diagnostics.length;
}
