/**
 * Writes a `Reply`. Every answer carries an exact `Content-Length` (never an empty chunked JSON body, which breaks
 * the JS SDK: clients doc §6 item 4); 204s carry no body at all.
 */
import type { ServerResponse } from 'node:http';
import type { Reply } from './reply';

/** Sends `reply` and ends the response; a response already sent is left alone. */
export function writeReply(response: ServerResponse, reply: Reply): void {
  if (response.headersSent) return;
  response.statusCode = reply.status;
  if (reply.status === 204) {
    response.end();
    return;
  }
  const body = Buffer.from(reply.body ?? '', 'utf8');
  if (reply.contentType !== undefined && body.length > 0) response.setHeader('Content-Type', reply.contentType);
  response.setHeader('Content-Length', body.length);
  response.end(body);
}
