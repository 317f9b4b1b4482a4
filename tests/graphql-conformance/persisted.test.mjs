// Automatic persisted queries: a miss, the resend that registers the hash, then the hash alone works.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';

const url = process.env.GRAPHQL_URL ?? 'http://127.0.0.1:5080/graphql';

async function post(body) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return response.json();
}

test('APQ: miss, register, then hit', async () => {
  const query = `{ hello __typename # ${Date.now()}\n}`;
  const sha256Hash = createHash('sha256').update(query).digest('hex');
  const persistedQuery = { version: 1, sha256Hash };
  const miss = await post({ extensions: { persistedQuery } });
  assert.equal(miss.errors[0].message, 'PersistedQueryNotFound');
  const registered = await post({ query, extensions: { persistedQuery } });
  assert.deepEqual(registered.data, { hello: 'world', __typename: 'Query' });
  assert.equal(registered.extensions.persistedQuery.persisted, true);
  const hit = await post({ extensions: { persistedQuery } });
  assert.deepEqual(hit.data, { hello: 'world', __typename: 'Query' });
});

test('APQ: a hash that does not match the query is refused', async () => {
  const result = await post({ query: '{ hello }', extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } });
  assert.equal(result.errors[0].extensions.code, 'PERSISTED_QUERY_HASH_MISMATCH');
  assert.equal(result.data, undefined);
});
