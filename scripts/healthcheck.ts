/**
 * The image's HEALTHCHECK: exit 0 when the process in this container answers
 * GET /health. HEALTH_PORT names its port (default: the gateway's, 4000).
 */
const port = Number(process.env.HEALTH_PORT ?? process.env.GATEWAY_PORT ?? 4000);

fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(2500) }).then(
  (res) => process.exit(res.ok ? 0 : 1),
  () => process.exit(1),
);
