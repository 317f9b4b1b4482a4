// The tiny check runner: named checks, each passes or fails with a reason; a summary line at the end.
export function createRunner() {
  const results = [];
  return {
    async check(name, fn) {
      try {
        const note = await fn();
        results.push({ name, ok: true });
        console.log(`ok     ${name}${note ? ` (${note})` : ''}`);
      } catch (error) {
        results.push({ name, ok: false });
        console.log(`FAILED ${name}: ${error?.stack ?? error}`);
      }
    },
    summary() {
      const passed = results.filter((r) => r.ok).length;
      return { passed, failed: results.length - passed };
    },
  };
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** The demo admin's access token (run.sh signs in): `Authorization` for HTTP, `authorization` in connection_init. */
export const bearer = `Bearer ${process.env.ACCESS_TOKEN ?? ''}`;

/** POSTs a GraphQL request as the demo admin (or anonymously) and returns the parsed JSON body (and the HTTP status). */
export async function post(url, query, variables, { anonymous = false } = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...(anonymous ? {} : { authorization: bearer }) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  return { status: response.status, body };
}

/** Like post, but fails unless the response has data and no errors. */
export async function data(url, query, variables) {
  const { status, body } = await post(url, query, variables);
  assert(status === 200 && !body.errors, `HTTP ${status}: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

export function globalId(type, key) {
  return Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');
}
