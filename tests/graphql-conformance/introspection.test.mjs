// Introspection must build a valid client schema whose printed SDL equals the server's own ?sdl output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildClientSchema, getIntrospectionQuery, printSchema, validateSchema } from 'graphql';

const url = process.env.GRAPHQL_URL ?? 'http://127.0.0.1:5080/graphql';

async function introspect() {
  const query = getIntrospectionQuery({
    descriptions: true,
    specifiedByUrl: true,
    directiveIsRepeatable: true,
    schemaDescription: true,
    inputValueDeprecation: true,
    oneOf: true,
  });
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query }),
  });
  assert.equal(response.status, 200);
  const body = await response.json();
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

test('introspection builds a client schema that validates', async () => {
  const schema = buildClientSchema(await introspect());
  assert.deepEqual(validateSchema(schema).map((e) => e.message), []);
});

test('printSchema of the introspected schema equals the server SDL', async () => {
  const schema = buildClientSchema(await introspect());
  const sdl = await (await fetch(`${url}?sdl`)).text();
  assert.equal(printSchema(schema).trim(), sdl.trim());
});

test('the oneOf input and specifiedBy URL survive introspection', async () => {
  const schema = buildClientSchema(await introspect());
  assert.equal(schema.getType('BookBy').isOneOf, true);
  assert.equal(schema.getType('DateTime').specifiedByURL, 'https://scalars.graphql.org/andimarek/date-time');
  assert.equal(schema.getDirective('cacheControl').isRepeatable, true);
});
