/**
 * Generates the benchmark document: one valid, deeply structured workflow of about 2,000 tasks (~1 MB) with
 * SWITCH, FORK_JOIN/JOIN, DO_WHILE and ~10k `${…}` expressions, plus the task definitions its SIMPLE tasks use.
 * Deterministic, so every run measures the same text.
 */

type Task = Record<string, unknown>;

/** The generated workflow text and the task definitions it needs (for the workspace index). */
export interface BenchDocument {
  readonly workflow: string;
  readonly taskDefs: string;
  readonly taskCount: number;
  readonly expressionCount: number;
}

const WORKERS = ['fetch_customer', 'price_items', 'reserve_stock', 'charge_card', 'notify_customer'];
const INPUTS = ['orderId', 'customerId', 'items', 'currency', 'channel'];

class Generator {
  taskCount = 0;
  expressionCount = 0;

  /** A SIMPLE task reading the workflow input and the outputs of `visible` (refs that surely ran before). */
  simple(visible: readonly string[]): Task {
    const ref = `task_${this.taskCount++}`;
    const inputs: Record<string, string> = {};
    for (let k = 0; k < 6; k++) {
      const source = visible[visible.length - 1 - k];
      inputs[`in_${k}`] =
        source === undefined || k % 2 === 0
          ? `\${workflow.input.${INPUTS[k % INPUTS.length] ?? 'orderId'}}`
          : `\${${source}.output.result.value_${k}}`;
      this.expressionCount++;
    }
    const name = WORKERS[this.taskCount % WORKERS.length];
    return {
      name,
      taskReferenceName: ref,
      description: `Step ${ref} of the order flow`,
      type: 'SIMPLE',
      inputParameters: inputs,
    };
  }

  /** A run of `count` SIMPLE tasks, each seeing the ones before it. */
  sequence(count: number, visible: readonly string[]): Task[] {
    const seen = [...visible];
    const tasks: Task[] = [];
    for (let k = 0; k < count; k++) {
      const task = this.simple(seen);
      tasks.push(task);
      seen.push(String(task.taskReferenceName));
    }
    return tasks;
  }

  switchTask(visible: readonly string[]): Task {
    const ref = `switch_${this.taskCount++}`;
    this.expressionCount++;
    return {
      name: 'route',
      taskReferenceName: ref,
      type: 'SWITCH',
      evaluatorType: 'value-param',
      expression: 'channel',
      inputParameters: { channel: '${workflow.input.channel}' },
      decisionCases: { web: this.sequence(4, visible), store: this.sequence(4, visible) },
      defaultCase: this.sequence(3, visible),
    };
  }

  forkJoin(visible: readonly string[]): Task[] {
    const ref = `fork_${this.taskCount++}`;
    const branches = [this.sequence(4, visible), this.sequence(4, visible), this.sequence(3, visible)];
    const joinOn = branches.map((branch) => String(branch[branch.length - 1]?.taskReferenceName));
    const join = { name: 'join', taskReferenceName: `join_${this.taskCount++}`, type: 'JOIN', joinOn };
    return [{ name: 'fan_out', taskReferenceName: ref, type: 'FORK_JOIN', forkTasks: branches }, join];
  }

  doWhile(visible: readonly string[]): Task {
    const ref = `loop_${this.taskCount++}`;
    return {
      name: 'repeat',
      taskReferenceName: ref,
      type: 'DO_WHILE',
      inputParameters: { limit: 3 },
      loopCondition: `if ($.${ref}['iteration'] < $.limit) { true; } else { false; }`,
      loopOver: this.sequence(4, visible),
    };
  }
}

/** Builds the document: top-level blocks of sequences, SWITCHes, FORK/JOINs and DO_WHILEs until 2,000 tasks. */
export function generateBenchDocument(targetTasks = 2000): BenchDocument {
  const generator = new Generator();
  const tasks: Task[] = [];
  const visible: string[] = [];
  const add = (...added: Task[]): void => {
    tasks.push(...added);
    visible.push(...added.map((task) => String(task.taskReferenceName)));
  };
  while (generator.taskCount < targetTasks) {
    add(...generator.sequence(4, visible));
    add(generator.switchTask(visible));
    add(...generator.forkJoin(visible));
    add(generator.doWhile(visible));
  }
  const outputParameters = { last: `\${${visible[visible.length - 1] ?? 'task_0'}.output.result}` };
  const workflow = {
    name: 'bench_order_flow',
    description: 'Generated benchmark workflow',
    version: 1,
    schemaVersion: 2,
    inputParameters: INPUTS,
    tasks,
    outputParameters,
    timeoutPolicy: 'ALERT_ONLY',
    timeoutSeconds: 0,
  };
  const taskDefs = WORKERS.map((name) => ({ name, retryCount: 3, timeoutSeconds: 3600, responseTimeoutSeconds: 600 }));
  return {
    workflow: JSON.stringify(workflow, null, 2),
    taskDefs: JSON.stringify(taskDefs, null, 2),
    taskCount: generator.taskCount,
    expressionCount: generator.expressionCount + 1,
  };
}
