// graphql-sse distinct connections mode: results arrive as "next" events, then "complete".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createClient } from 'graphql-sse';

const url = process.env.GRAPHQL_URL ?? 'http://127.0.0.1:5080/graphql';

test('a graphql-sse client in distinct connections mode receives the countdown', async () => {
  const client = createClient({ url, singleConnection: false, retryAttempts: 0 });
  const values = [];
  for await (const result of client.iterate({ query: 'subscription { countdown(from: 2) }' })) {
    values.push(result.data.countdown);
  }
  client.dispose();
  assert.deepEqual(values, [2, 1, 0]);
});

test('a query over SSE is one next event followed by complete', async () => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query: '{ hello }' }),
  });
  assert.equal(response.headers.get('content-type'), 'text/event-stream; charset=utf-8');
  const text = await response.text();
  assert.equal(text, 'event: next\ndata: {"data":{"hello":"world"}}\n\nevent: complete\ndata:\n\n');
});
