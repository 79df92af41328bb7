/**
 * Completion for Conductor definitions: inside `${…}` expressions, property names, values (schema enums, task
 * types, known names, joinOn refs) and snippets, depending on where the cursor is.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionList } from 'vscode-languageserver-types';
import { completionContext } from './completionContext';
import { expressionCompletions } from './completionExpressions';
import { nameCompletions } from './completionNames';
import { propertyCompletions, valueCompletions } from './completionProperties';
import { snippetCompletions } from './completionSnippets';
import type { FeatureIndex } from './featureIndex';
import type { FeatureModel } from './featureModel';

/** The completion list at `offset`. Never throws on incomplete JSON: that is the normal state while typing. */
export function getCompletions(
  document: TextDocument,
  model: FeatureModel,
  offset: number,
  index: FeatureIndex | undefined,
): CompletionList {
  const context = completionContext(document, model, offset, index);
  const inExpression = expressionCompletions(context);
  if (inExpression) return { isIncomplete: false, items: inExpression };
  if (context.atKey) return { isIncomplete: false, items: propertyCompletions(context) };
  const named = nameCompletions(context);
  const items = named.length > 0 ? named : valueCompletions(context);
  return { isIncomplete: false, items: [...items, ...snippetCompletions(context)] };
}
