/**
 * The registry of semantic rules, in reporting order. Schema validation, JSON syntax and duplicate keys are
 * handled by the core itself (see `validate.ts`); everything here is one rule per file.
 */
import type { Rule } from '../types';

export const allRules: readonly Rule[] = [];
