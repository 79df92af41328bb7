/**
 * Reads a request body as UTF-8 text, refusing bodies above a limit without buffering them.
 */
import type { IncomingMessage } from 'node:http';
import { BadRequestError, PayloadTooLargeError } from './errors';

/** The whole body ('' when none); a 413 as soon as it exceeds `limit` bytes (also from `Content-Length`). */
export async function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) {
    request.resume();
    throw new PayloadTooLargeError(limit);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of request) {
      const buffer = chunk as Buffer;
      size += buffer.length;
      if (size > limit) {
        request.resume();
        throw new PayloadTooLargeError(limit);
      }
      chunks.push(buffer);
    }
  } catch (error) {
    if (error instanceof PayloadTooLargeError) throw error;
    throw new BadRequestError(`The request body could not be read: ${String(error)}`);
  }
  return Buffer.concat(chunks).toString('utf8');
}
