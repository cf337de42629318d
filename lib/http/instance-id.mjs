// Which app instance answered: with INSTANCE_ID set, the server in front of Next
// (scripts/server.mjs) puts it on every response in one header, so a test or an operator
// behind a load balancer sees where each request landed. Unset, no header is sent.

export const INSTANCE_HEADER = "x-instance";

/**
 * INSTANCE_ID as the header's value, or null when unset; throws when it is not a plain name.
 * @param {Record<string, string | undefined>} [env]
 */
export function instanceIdFromEnv(env = process.env) {
  const id = env.INSTANCE_ID ?? "";
  if (id === "") return null;
  if (!/^[\w.-]{1,64}$/.test(id)) throw new Error("INSTANCE_ID must be 1 to 64 letters, digits, '.', '_' or '-'.");
  return id;
}
