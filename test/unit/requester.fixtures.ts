/** A Requester that answers each path with a fixed body, through the caller's own validation (as the real one does). */
import type { Requester } from '../../src/api/http';

export function answering(bodies: Record<string, unknown>): { send: Requester; paths: string[] } {
  const paths: string[] = [];
  const send: Requester = async (request, parse) => {
    paths.push(request.path);
    const json = bodies[request.path];
    return { json, value: await parse(json) };
  };
  return { send, paths };
}
