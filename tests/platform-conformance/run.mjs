// Runs every platform conformance check against a running Silo (GRAPHQL_URL) and the committed SDL (SDL_PATH).
import { createRunner } from './checks/harness.mjs';
import { runAudits } from './checks/http-audits.mjs';
import { runSchemaChecks } from './checks/schema.mjs';
import { runAuthorizationChecks, runClientChecks } from './checks/clients.mjs';

const url = process.env.GRAPHQL_URL ?? 'http://127.0.0.1:5080/graphql';
const sdlPath = process.env.SDL_PATH ?? new URL('../../Gateway/Platform.Gateway/schema.graphql', import.meta.url).pathname;
const runner = createRunner();
await runAudits(runner, url);
await runSchemaChecks(runner, url, sdlPath);
await runClientChecks(runner, url);
await runAuthorizationChecks(runner, url);
const { passed, failed } = runner.summary();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
