/**
 * The details panel content of one task run: the task's own fields plus its logs (`GET /api/tasks/{id}/log`); a
 * failure to read the logs is shown in the panel instead of hiding the rest.
 */
import { subWorkflowIdOf, type TaskDetails } from '../../../common/src/graph';
import type { Task } from '../../../common/src/model';
import type { ConductorClient } from '../api';
import { errorMessage } from '../api';

/** Collects what the panel shows for `task`. */
export async function taskDetails(client: ConductorClient, task: Task): Promise<TaskDetails> {
  let logs: TaskDetails['logs'] = [];
  let logsError: string | undefined;
  try {
    logs = await client.tasks.logs(task.taskId);
  } catch (error) {
    logsError = errorMessage(error);
  }
  return {
    ...{ taskId: task.taskId, referenceTaskName: task.referenceTaskName, taskType: task.taskType },
    ...{ status: task.status, retryCount: task.retryCount ?? 0, workerId: task.workerId },
    reasonForIncompletion: task.reasonForIncompletion,
    ...{ scheduledTime: task.scheduledTime, startTime: task.startTime, endTime: task.endTime },
    ...{ input: task.inputData, output: task.outputData, logs, logsError },
    subWorkflowId: subWorkflowIdOf(task),
  };
}
