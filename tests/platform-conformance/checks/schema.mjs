// The live schema against the committed SDL: valid introspection, identical printing, no breaking change,
// and a deliberately broken copy IS flagged as breaking (so the gate can fail).
import { readFile } from 'node:fs/promises';
import {
  buildClientSchema, buildSchema, findBreakingChanges, findDangerousChanges, getIntrospectionQuery,
  lexicographicSortSchema, printSchema, specifiedDirectives, validateSchema,
} from 'graphql';
import { assert, data } from './harness.mjs';

export async function runSchemaChecks(runner, url, sdlPath) {
  const committedText = await readFile(sdlPath, 'utf8');
  const committed = buildSchema(committedText);
  let live;

  await runner.check('introspection builds a client schema that validates with no errors', async () => {
    const introspection = await data(url, getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true }));
    live = buildClientSchema(introspection);
    const errors = validateSchema(live);
    assert(errors.length === 0, errors.map((e) => e.message).join('\n'));
  });

  await runner.check('printSchema of the live schema equals the committed SDL', async () => {
    assert(live, 'no live schema');
    const a = printSchema(lexicographicSortSchema(live));
    const b = printSchema(lexicographicSortSchema(committed));
    assert(a === b, `the live schema differs from ${sdlPath}; first difference near: ${firstDifference(a, b)}`);
  });

  await runner.check('GET /graphql?sdl serves the committed SDL byte for byte', async () => {
    const response = await fetch(`${url}?sdl`);
    const text = await response.text();
    assert(response.status === 200 && text === committedText, `HTTP ${response.status}; first difference near: ${firstDifference(text, committedText)}`);
  });

  await runner.check('no breaking change from the committed SDL to the live schema', async () => {
    assert(live, 'no live schema');
    // Specified directives (@deprecated, @skip, ...) come from the engine and the graphql-js version, not from our SDL
    // (which does not print them): graphql-js 16.15 lets @deprecated sit on directive definitions, our engine does not.
    const all = findBreakingChanges(committed, live);
    const breaking = all.filter((c) => !(c.type.startsWith('DIRECTIVE_') && isSpecifiedDirectiveChange(c.description)));
    assert(breaking.length === 0, breaking.map((c) => `${c.type}: ${c.description}`).join('\n'));
    if (all.length > breaking.length) {
      console.log(`  ignored (specified directives): ${all.filter((c) => !breaking.includes(c)).map((c) => c.description).join('; ')}`);
    }
    const dangerous = findDangerousChanges(committed, live);
    return dangerous.length ? `${dangerous.length} dangerous: ${dangerous.map((c) => c.description).join('; ')}` : undefined;
  });

  await runner.check('a deliberately broken copy of the SDL is detected as breaking', async () => {
    const broken = committedText
      .replace(/^\s*daysLeft: Int\n/m, '')
      .replace('facility(key: String!): Facility', 'facility(key: ID!): Facility');
    assert(broken !== committedText, 'the breaking edits did not apply to the committed SDL');
    const changes = findBreakingChanges(committed, buildSchema(broken)).map((c) => c.type);
    assert(changes.includes('FIELD_REMOVED') && changes.includes('ARG_CHANGED_KIND'), `expected FIELD_REMOVED and ARG_CHANGED_KIND, got ${changes.join(', ')}`);
  });
}

function isSpecifiedDirectiveChange(description) {
  return specifiedDirectives.some((d) => new RegExp(`\\b${d.name}\\b`).test(description));
}

function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return JSON.stringify(a.slice(Math.max(0, i - 40), i + 40));
}
