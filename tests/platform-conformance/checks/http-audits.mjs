// graphql-http's server audits against the platform endpoint: every MUST and SHOULD passes; MAYs are listed.
import { serverAudits } from 'graphql-http';

export async function runAudits(runner, url) {
  const mays = [];
  for (const audit of serverAudits({ url, fetchFn: fetch })) {
    const level = audit.name.split(' ')[0];
    if (level === 'MAY') {
      const result = await audit.fn();
      mays.push(`${audit.id} ${result.status}${result.status === 'ok' ? '' : `: ${result.reason}`}`);
      continue;
    }
    await runner.check(`graphql-http ${audit.id} ${audit.name}`, async () => {
      const result = await audit.fn();
      if (result.status !== 'ok') throw new Error(`${result.status}: ${result.reason}`);
    });
  }
  console.log(`MAY audits (informational, not counted):\n  ${mays.join('\n  ')}`);
}
