// graphql-transport-ws: a graphql-ws client receives subscription events, and raw sockets see the protocol's close codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';

const httpUrl = process.env.GRAPHQL_URL ?? 'http://127.0.0.1:5080/graphql';
const wsUrl = httpUrl.replace(/^http/, 'ws');

function open(protocol = 'graphql-transport-ws') {
  const socket = protocol ? new WebSocket(wsUrl, protocol) : new WebSocket(wsUrl);
  const messages = [];
  const waiters = [];
  socket.on('message', (data) => {
    const message = JSON.parse(String(data));
    messages.push(message);
    waiters.splice(0).forEach((w) => w());
  });
  const closed = new Promise((resolve) => socket.on('close', (code, reason) => resolve({ code, reason: String(reason) })));
  const opened = new Promise((resolve, reject) => { socket.on('open', resolve); socket.on('error', reject); });
  const next = async (predicate) => {
    for (;;) {
      const found = messages.find(predicate);
      if (found) return found;
      await new Promise((resolve) => waiters.push(resolve));
    }
  };
  const send = (message) => socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  return { socket, opened, closed, next, send, messages };
}

async function acked(payload) {
  const c = open();
  await c.opened;
  c.send({ type: 'connection_init', payload });
  await c.next((m) => m.type === 'connection_ack');
  return c;
}

test('a graphql-ws client receives every countdown event, then completion', async () => {
  const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
  const values = [];
  for await (const result of client.iterate({ query: 'subscription { countdown(from: 3) }' })) {
    assert.equal(result.errors, undefined);
    values.push(result.data.countdown);
  }
  await client.dispose();
  assert.deepEqual(values, [3, 2, 1, 0]);
});

test('a query over the socket gets one next and a complete', async () => {
  const c = await acked({ token: 'alice' });
  c.send({ id: 'q1', type: 'subscribe', payload: { query: '{ hello me }' } });
  const next = await c.next((m) => m.type === 'next' && m.id === 'q1');
  assert.deepEqual(next.payload.data, { hello: 'world', me: 'alice' });
  await c.next((m) => m.type === 'complete' && m.id === 'q1');
  c.socket.close(1000);
});

test('an invalid document gets an error message and no complete', async () => {
  const c = await acked();
  c.send({ id: 'bad', type: 'subscribe', payload: { query: '{ nope }' } });
  const error = await c.next((m) => m.id === 'bad');
  assert.equal(error.type, 'error');
  assert.match(error.payload[0].message, /Cannot query field "nope"/);
  c.send({ id: 'after', type: 'subscribe', payload: { query: '{ hello }' } });
  await c.next((m) => m.type === 'complete' && m.id === 'after');
  assert.equal(c.messages.filter((m) => m.id === 'bad').length, 1);
  c.socket.close(1000);
});

test('ping gets pong', async () => {
  const c = await acked();
  c.send({ type: 'ping', payload: { n: 1 } });
  const pong = await c.next((m) => m.type === 'pong');
  assert.deepEqual(pong.payload, { n: 1 });
  c.socket.close(1000);
});

test('a connection without the graphql-transport-ws subprotocol closes with 4406', async () => {
  const c = open(null);
  assert.equal((await c.closed).code, 4406);
});

test('no connection_init within the timeout closes with 4408', async () => {
  const c = open();
  await c.opened;
  assert.equal((await c.closed).code, 4408);
});

test('a second connection_init closes with 4429', async () => {
  const c = await acked();
  c.send({ type: 'connection_init' });
  assert.equal((await c.closed).code, 4429);
});

test('subscribe before the ack closes with 4401', async () => {
  const c = open();
  await c.opened;
  c.send({ id: '1', type: 'subscribe', payload: { query: '{ hello }' } });
  assert.equal((await c.closed).code, 4401);
});

test('a duplicate active id closes with 4409', async () => {
  const c = await acked();
  c.send({ id: 'dup', type: 'subscribe', payload: { query: 'subscription { bookAdded { title } }' } });
  c.send({ id: 'dup', type: 'subscribe', payload: { query: 'subscription { bookAdded { title } }' } });
  assert.equal((await c.closed).code, 4409);
});

test('garbage closes with 4400', async () => {
  const c = await acked();
  c.send('{ this is not json');
  assert.equal((await c.closed).code, 4400);
});

test('a rejected init payload closes with 4403', async () => {
  const c = open();
  await c.opened;
  c.send({ type: 'connection_init', payload: { token: 'forbidden' } });
  assert.equal((await c.closed).code, 4403);
});
