/**
 * The registry of semantic rules, in reporting order. Schema validation, JSON syntax and duplicate keys are
 * handled by the core itself (see `validate.ts`); everything here is one rule per file.
 */
import type { Rule } from '../types';
import { cronExpression } from './cronExpression';
import { deprecatedTaskType } from './deprecatedTaskType';
import { doWhile } from './doWhile';
import { duplicateTaskReferenceName } from './duplicateTaskReferenceName';
import { dynamicTask } from './dynamicTask';
import { eventHandlerAction } from './eventHandlerAction';
import { forkJoin } from './forkJoin';
import { forkJoinDynamic } from './forkJoinDynamic';
import { invalidExpression } from './invalidExpression';
import { joinReference } from './joinReference';
import { missingTaskDefinition } from './missingTaskDefinition';
import { scriptSyntax } from './scriptSyntax';
import { switchCases } from './switchCases';
import { taskDefTimeouts } from './taskDefTimeouts';
import { taskInputRequirement } from './taskInputRequirement';
import { undeclaredWorkflowInput } from './undeclaredWorkflowInput';
import { unknownExpressionField } from './unknownExpressionField';
import { unknownReference } from './unknownReference';
import { unknownScriptReference } from './unknownScriptReference';
import { unknownSubWorkflow } from './unknownSubWorkflow';
import { unknownTaskType } from './unknownTaskType';
import { unknownWorkflowReference } from './unknownWorkflowReference';
import { unreachableReference } from './unreachableReference';
import { waitTask } from './waitTask';

/** Every rule, each reporting under its own stable `conductor.<camelCase>` code. */
export const allRules: readonly Rule[] = [
  unknownTaskType,
  deprecatedTaskType,
  duplicateTaskReferenceName,
  invalidExpression,
  unknownReference,
  unknownExpressionField,
  unreachableReference,
  undeclaredWorkflowInput,
  scriptSyntax,
  unknownScriptReference,
  switchCases,
  forkJoin,
  joinReference,
  forkJoinDynamic,
  doWhile,
  dynamicTask,
  waitTask,
  taskInputRequirement,
  taskDefTimeouts,
  missingTaskDefinition,
  unknownSubWorkflow,
  unknownWorkflowReference,
  eventHandlerAction,
  cronExpression,
];
