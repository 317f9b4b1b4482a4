// Standard clients against the demo facility: a graphql-ws subscription receiving an event a mutation caused,
// an urql query with fragments and variables, SSE, and bad input answered as typed errors (never a 500).
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { Client, fetchExchange, gql } from '@urql/core';
import { assert, bearer, data, globalId, post } from './harness.mjs';

const demoSession = globalId('Session', 'demo-session');

export async function runClientChecks(runner, url) {
  await runner.check('graphql-ws: sessionEvents delivers the event caused by a mutation', async () => {
    const client = createClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: bearer } });
    const marker = `conf_${Date.now().toString(36)}`;
    try {
      const events = client.iterate({
        query: 'subscription ($id: ID!) { sessionEvents(sessionId: $id, fromSequence: 1) { sequence kind message } }',
        variables: { id: demoSession },
      });
      const first = await withTimeout(events.next(), 'the first replayed event');
      assert(first.value?.data?.sessionEvents?.sequence === 1, `first event: ${JSON.stringify(first.value)}`);
      const added = await data(url, `mutation ($input: GridInput!) { addGrid(input: $input) { grid { finalName } errors { code message } } }`,
        { input: { sessionId: demoSession, position: 9, name: marker, holeType: 'R1.2/1.3', meshSize: 300, meshMaterial: 'GOLD' } });
      assert(added.addGrid.errors.length === 0, JSON.stringify(added.addGrid.errors));
      for (;;) {
        const next = await withTimeout(events.next(), `the GRIDS_CHANGED event naming ${marker}`);
        assert(!next.done, 'the subscription ended early');
        const event = next.value.data.sessionEvents;
        if (event.kind === 'GRIDS_CHANGED' && event.message.includes(marker)) break;
      }
      await events.return();
      const removed = await data(url, 'mutation ($id: ID!) { removeGrid(input: { sessionId: $id, position: 9 }) { errors { code } } }', { id: demoSession });
      assert(removed.removeGrid.errors.length === 0, JSON.stringify(removed.removeGrid.errors));
    } finally {
      await client.dispose();
    }
  });

  await runner.check('urql: a query with fragments and variables returns the demo data', async () => {
    const client = new Client({ url, exchanges: [fetchExchange], preferGetMethod: false, fetchOptions: { headers: { authorization: bearer } } });
    const query = gql`
      fragment GridBits on Grid { position finalName meshMaterial holeType { name } }
      fragment SessionBits on Session { id key name state daysLeft microscope { key name } grids { ...GridBits } }
      query Demo($facility: String!, $first: Int!) {
        facility(key: $facility) { name retentionDays sessions(first: $first, where: { nameStartsWith: "" }) { totalCount nodes { ...SessionBits } } }
      }`;
    const result = await client.query(query, { facility: 'demo', first: 5 }).toPromise();
    assert(!result.error, String(result.error));
    const facility = result.data.facility;
    assert(facility.name === 'Demo cryo-EM facility' && facility.retentionDays === 30, JSON.stringify(facility));
    const session = facility.sessions.nodes.find((s) => s.key === 'demo-session');
    assert(session, `demo-session missing from ${JSON.stringify(facility.sessions)}`);
    assert(session.id === demoSession && session.microscope.key === 'demo-krios', JSON.stringify(session));
    const grids = session.grids.filter((g) => g.position <= 2).map((g) => `${g.finalName}/${g.meshMaterial}/${g.holeType.name}`);
    assert(JSON.stringify(grids) === JSON.stringify(['1_apoF_1/GOLD/R1.2/1.3', '2_apoF_2/CARBON/R2/1']), grids.join(', '));
  });

  await runner.check('SSE: a subscription over text/event-stream replays the first session event', async () => {
    const controller = new AbortController();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: bearer },
      body: JSON.stringify({ query: 'subscription ($id: ID!) { sessionEvents(sessionId: $id, fromSequence: 1) { sequence kind } }', variables: { id: demoSession } }),
      signal: controller.signal,
    });
    assert(response.status === 200 && response.headers.get('content-type')?.startsWith('text/event-stream'), `HTTP ${response.status} ${response.headers.get('content-type')}`);
    const reader = response.body.getReader();
    let text = '';
    while (!/event: next\ndata: .*\n\n/.test(text)) {
      const { value, done } = await withTimeout(reader.read(), 'an SSE next event');
      assert(!done, `stream ended: ${text}`);
      text += new TextDecoder().decode(value);
    }
    controller.abort();
    const payload = JSON.parse(text.match(/event: next\ndata: (.*)\n/)[1]);
    assert(payload.data.sessionEvents.sequence === 1 && payload.data.sessionEvents.kind === 'CREATED', JSON.stringify(payload));
  });

  await runner.check('bad input: unknown and foreign ids give NotFoundError or null, invalid setup a ValidationError per field', async () => {
    const unknown = await data(url, 'mutation ($id: ID!) { startSession(input: { sessionId: $id }) { session { key } errors { __typename code } } }', { id: globalId('Session', 'no-such') });
    assert(unknown.startSession.session === null && unknown.startSession.errors[0].__typename === 'NotFoundError', JSON.stringify(unknown));
    const wrongType = await data(url, 'mutation ($id: ID!) { endSession(input: { sessionId: $id }) { errors { __typename } } }', { id: globalId('Facility', 'demo') });
    assert(wrongType.endSession.errors[0].__typename === 'NotFoundError', JSON.stringify(wrongType));
    const invalid = await data(url, `mutation ($id: ID!) { updateSessionSetup(input: { sessionId: $id, collection: { atlasTilesX: 99, tiltAngleDegrees: 80 } }) {
      session { key } errors { __typename ... on ValidationError { field } } } }`, { id: demoSession });
    const fields = invalid.updateSessionSetup.errors.map((e) => `${e.__typename}:${e.field}`).sort();
    assert(JSON.stringify(fields) === JSON.stringify(['ValidationError:collection.atlasTilesX', 'ValidationError:collection.tiltAngleDegrees']), fields.join(', '));
    const after = await data(url, '{ facility(key: "demo") { session(key: "demo-session") { collection { atlasTilesX tiltAngleDegrees } } } }');
    assert(after.facility.session.collection.atlasTilesX === 6 && after.facility.session.collection.tiltAngleDegrees === 0, JSON.stringify(after));
    const malformed = await post(url, '{ node(id: "%%%") { id } }');
    assert(malformed.status === 200 && malformed.body.errors[0].extensions.code === 'INVALID_ID', JSON.stringify(malformed));
  });
}

export async function runAuthorizationChecks(runner, url) {
  await runner.check('authorization: without a token a field is null with UNAUTHENTICATED; node is null', async () => {
    const { status, body } = await post(url, '{ facility(key: "demo") { key } node(id: "' + demoSession + '") { id } }', undefined, { anonymous: true });
    assert(status === 200 && body.data.facility === null && body.data.node === null, JSON.stringify(body));
    assert(body.errors.length === 1 && body.errors[0].extensions.code === 'UNAUTHENTICATED' && body.errors[0].path[0] === 'facility', JSON.stringify(body.errors));
  });

  await runner.check('authorization: graphql-ws with a bad token in connection_init is closed with 4403', async () => {
    const closed = await new Promise((resolve) => {
      const client = createClient({
        url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, lazy: false,
        connectionParams: { authorization: 'Bearer not-a-token' },
        on: { closed: (event) => { resolve(event.code); client.dispose(); } },
        onNonLazyError: () => {},
      });
    });
    assert(closed === 4403, `closed with ${closed}`);
  });
}

async function withTimeout(promise, what, ms = 20000) {
  let timer;
  const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms); });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
