/**
 * KAFKA_PUBLISH (reference/conductor.md §1.11, KafkaPublishTask.java). The local engine has no Kafka client, so the
 * task FAILS: first with Conductor's own reasons for an incomplete `kafka_request` (so a definition is checked as
 * Conductor would), then — for a complete one — saying that no broker is configured and what to do instead.
 */
import type { TaskModel } from '../model';
import { finishTask, registerSystemTask, type TaskContext } from '../systemTask';

const MISSING_REQUEST =
  "Missing Kafka request. Task input MUST have a 'kafka_request' key with KafkaTask.Input as value. See documentation for KafkaTask for required input parameters";
const MISSING_BOOT_STRAP_SERVERS = 'No boot strap servers specified';
const MISSING_KAFKA_TOPIC = 'Missing Kafka topic. See documentation for KafkaTask for required input parameters';
const MISSING_KAFKA_VALUE = 'Missing Kafka value.  See documentation for KafkaTask for required input parameters';

const blank = (value: unknown): boolean => typeof value !== 'string' || value.trim() === '';

/** Why the publish cannot happen here, for a request Conductor would accept. */
export function noBrokerMessage(topic: string, servers: string): string {
  return (
    `Failed to invoke kafka task due to: no Kafka broker is configured for the local engine; ` +
    `publishing to topic '${topic}' on ${servers} needs a Conductor server with the kafka module. ` +
    `Run this workflow there, or mock this task in a test run (POST /api/workflow/test).`
  );
}

function reasonFor(input: Record<string, unknown>): string {
  const request = input['kafka_request'];
  if (request === undefined || request === null) return MISSING_REQUEST;
  const fields = typeof request === 'object' ? (request as Record<string, unknown>) : {};
  if (blank(fields['bootStrapServers'])) return MISSING_BOOT_STRAP_SERVERS;
  if (blank(fields['topic'])) return MISSING_KAFKA_TOPIC;
  if (fields['value'] === undefined || fields['value'] === null) return MISSING_KAFKA_VALUE;
  return noBrokerMessage(String(fields['topic']), String(fields['bootStrapServers']));
}

function execute(task: TaskModel, context: TaskContext): boolean {
  finishTask(task, 'FAILED', context, reasonFor(task.inputData ?? {}));
  return true;
}

registerSystemTask('KAFKA_PUBLISH', { execute });
