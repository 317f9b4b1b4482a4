// graphql-http's server audits against the sample server: every MUST and every SHOULD has to pass.
import { test } from 'node:test';
import { serverAudits } from 'graphql-http';

const url = process.env.GRAPHQL_URL ?? 'http://127.0.0.1:5080/graphql';

for (const audit of serverAudits({ url, fetchFn: fetch })) {
  const level = audit.name.split(' ')[0];
  test(`${audit.id} ${audit.name}`, async (t) => {
    const result = await audit.fn();
    if (result.status === 'error' || (result.status === 'warn' && level === 'SHOULD')) {
      throw new Error(`${result.status}: ${result.reason}`);
    }
    if (result.status !== 'ok') {
      t.diagnostic(`${result.status}: ${result.reason}`);
    }
  });
}
