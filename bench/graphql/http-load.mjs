// Open-loop HTTP load against a running GraphQL endpoint: sends requests at a fixed rate and reports latency percentiles.
// Usage: node http-load.mjs http://127.0.0.1:5080/graphql [requestsPerSecond=1000] [seconds=10]
const [url = 'http://127.0.0.1:5080/graphql', rateText = '1000', secondsText = '10'] = process.argv.slice(2);
const rate = Number(rateText);
const seconds = Number(secondsText);
const body = JSON.stringify({ query: '{ books(first: 10) { edges { node { title genre author { name } } } pageInfo { hasNextPage } } }' });
const latencies = [];
let failures = 0;
let inFlight = 0;

async function one() {
  const start = performance.now();
  inFlight++;
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const json = await response.json();
    if (response.status !== 200 || json.errors) failures++;
  } catch {
    failures++;
  } finally {
    inFlight--;
    latencies.push(performance.now() - start);
  }
}

const total = rate * seconds;
const started = performance.now();
for (let i = 0; i < total; i++) {
  const due = started + (i * 1000) / rate;
  const wait = due - performance.now();
  if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
  one();
}
while (inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 10));
const elapsed = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1)].toFixed(2);
console.log(`${latencies.length} requests in ${elapsed.toFixed(1)} s (${(latencies.length / elapsed).toFixed(0)}/s achieved, ${rate}/s offered), failures ${failures}`);
console.log(`latency ms: p50 ${pct(0.5)}  p90 ${pct(0.9)}  p99 ${pct(0.99)}  max ${latencies[latencies.length - 1].toFixed(2)}`);
