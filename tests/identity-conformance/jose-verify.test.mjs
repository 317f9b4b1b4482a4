// Tokens from the real Silo, verified by jose (an independent JOSE implementation) against our published JWKS.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRemoteJWKSet, jwtVerify, decodeProtectedHeader, importJWK, UnsecuredJWT, errors } from 'jose';

const base = process.env.BASE_URL;
const audience = 'platform-api';
const discovery = await (await fetch(`${base}/.well-known/openid-configuration`)).json();
const jwks = createRemoteJWKSet(new URL(discovery.jwks_uri));
const verifyOptions = { issuer: discovery.issuer, audience, algorithms: ['ES256'], typ: 'at+jwt' };

async function token(form) {
  const response = await fetch(`${base}/connect/token`, { method: 'POST', body: new URLSearchParams(form) });
  return { status: response.status, body: await response.json() };
}

async function adminToken() {
  const { status, body } = await token({ grant_type: 'password', username: 'admin@demo.local', password: process.env.ADMIN_PASSWORD });
  assert.equal(status, 200, JSON.stringify(body));
  return body;
}

function tamper(jwt, change) {
  const [header, payload, signature] = jwt.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
  change(claims);
  return `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
}

async function userinfoStatus(jwt) {
  return (await fetch(`${base}/connect/userinfo`, { headers: { authorization: `Bearer ${jwt}` } })).status;
}

test('discovery names the issuer, endpoints and JWKS of this server', () => {
  assert.equal(discovery.issuer, base);
  assert.equal(discovery.token_endpoint, `${base}/connect/token`);
  assert.equal(discovery.jwks_uri, `${base}/.well-known/jwks.json`);
  assert.deepEqual(discovery.grant_types_supported, ['password', 'refresh_token', 'client_credentials']);
});

test('every JWKS key is a public EC P-256 key that jose imports', async () => {
  const set = await (await fetch(discovery.jwks_uri)).json();
  assert.ok(set.keys.length >= 1);
  for (const jwk of set.keys) {
    assert.equal(jwk.kty, 'EC');
    assert.equal(jwk.crv, 'P-256');
    assert.equal(jwk.alg, 'ES256');
    assert.equal(jwk.d, undefined, 'the private part must never be published');
    await importJWK(jwk, 'ES256');
  }
});

test('a password-grant access token verifies with jose and carries the membership', async () => {
  const { access_token: jwt } = await adminToken();
  const { payload, protectedHeader } = await jwtVerify(jwt, jwks, verifyOptions);
  assert.equal(protectedHeader.alg, 'ES256');
  assert.equal(payload.kind, 'user');
  assert.equal(payload.membership, 'demo:facilityAdmin');
  assert.equal(payload.exp - payload.iat, 600);
});

test('a client-credentials token verifies with jose and carries its microscope', async () => {
  const { status, body } = await token({ grant_type: 'client_credentials', client_id: 'demo-krios-agent', client_secret: process.env.AGENT_SECRET });
  assert.equal(status, 200, JSON.stringify(body));
  const { payload } = await jwtVerify(body.access_token, jwks, verifyOptions);
  assert.equal(payload.kind, 'agent');
  assert.equal(payload.sub, 'demo-krios-agent');
  assert.equal(payload.microscope_id, 'demo-krios');
});

test('a tampered token fails jose verification and our server refuses it', async () => {
  const { access_token: jwt } = await adminToken();
  const forged = tamper(jwt, (claims) => { claims.platform_admin = 'true'; });
  await assert.rejects(jwtVerify(forged, jwks, verifyOptions), errors.JWSSignatureVerificationFailed);
  assert.equal(await userinfoStatus(forged), 401);
  assert.equal(await userinfoStatus(jwt), 200);
});

test('an unsigned alg:none token is refused by jose and by our server', async () => {
  const { access_token: jwt } = await adminToken();
  const claims = JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString());
  const unsigned = new UnsecuredJWT(claims).encode();
  assert.equal(decodeProtectedHeader(unsigned).alg, 'none');
  await assert.rejects(jwtVerify(unsigned, jwks, verifyOptions));
  assert.equal(await userinfoStatus(unsigned), 401);
});

test('a wrong audience is refused by jose for our token', async () => {
  const { access_token: jwt } = await adminToken();
  await assert.rejects(jwtVerify(jwt, jwks, { ...verifyOptions, audience: 'another-api' }), errors.JWTClaimValidationFailed);
});

test('refresh tokens rotate and a reused one revokes the family', async () => {
  const first = (await adminToken()).refresh_token;
  const rotated = await token({ grant_type: 'refresh_token', refresh_token: first });
  assert.equal(rotated.status, 200);
  await jwtVerify(rotated.body.access_token, jwks, verifyOptions);
  const reuse = await token({ grant_type: 'refresh_token', refresh_token: first });
  assert.equal(reuse.status, 400);
  assert.equal(reuse.body.error, 'invalid_grant');
  const after = await token({ grant_type: 'refresh_token', refresh_token: rotated.body.refresh_token });
  assert.equal(after.body.error, 'invalid_grant');
});
