// `pnpm start`: runs one relay from the environment, prints where everything is, and stops cleanly on signals.
import { isAbsolute, relative } from 'node:path';
import { ADMIN_TOKEN_FILE, loadConfig } from './config.ts';
import { DEMO_AGENT_TOKEN_FILE } from './demo/seed.ts';
import { createLogger } from './logger.ts';
import { createRelay, type Relay } from './relay.ts';

const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  const logger = createLogger(process.env);
  const config = await loadConfig(process.env);
  const relay = await createRelay({ config, logger });
  const { url } = await relay.listen(config.port);
  process.stdout.write(banner(relay, config.publicUrl ?? url));
  logger.info(
    {
      port: config.port,
      engine: relay.engine.name,
      storage: relay.storage.kind,
      redis: Boolean(config.redisUrl),
    },
    'relay listening',
  );

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting immediately');
      process.exit(1);
    }
    stopping = true;
    // The balancer sees /readyz fail at once; sends in flight finish before sockets close.
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    relay.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'error while shutting down');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function banner(relay: Relay, baseUrl: string): string {
  const { config, demo } = relay;
  const fromCwd = relative(process.cwd(), config.dataDir);
  const dataDir =
    fromCwd === '' ? '.' : fromCwd.startsWith('..') || isAbsolute(fromCwd) ? config.dataDir : fromCwd;
  const admin =
    config.adminTokenSource === 'generated'
      ? `${config.adminToken}  (generated now and saved in ${dataDir}/${ADMIN_TOKEN_FILE}; it is not shown again)`
      : config.adminTokenSource === 'env'
        ? 'from PARLEY_ADMIN_TOKEN'
        : `in ${dataDir}/${ADMIN_TOKEN_FILE}`;
  const storage = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${dataDir}/pglite`;
  const engine =
    relay.engine.name === 'offline'
      ? 'offline (language detection and intent on this machine; no machine translation)'
      : relay.engine.name;
  const lines = [
    '',
    '  Parley relay is running',
    '',
    `  Demo storefront   ${baseUrl}/`,
    `  Agent console     ${baseUrl}/console/`,
    demo
      ? `  Demo agent token  ${demo.agentToken}  (paste it into the console; kept in ${dataDir}/${DEMO_AGENT_TOKEN_FILE})`
      : '  Demo agent token  none here (another relay created the demo, or there is none; see GET /api/v1/sites)',
    `  Admin token       ${admin}`,
    `  Language engine   ${engine}`,
    `  Storage           ${storage}`,
    `  Fan-out           ${config.redisUrl ? `Redis (REDIS_URL, stream "${config.redisStream}")` : 'this process only'}`,
    '',
    '',
  ];
  return lines.join('\n');
}

main().catch((error: unknown) => {
  // Config errors are sentences meant for the operator; print them plainly rather than as a JSON log line.
  process.stderr.write(`\nParley relay could not start: ${(error as Error).message ?? String(error)}\n\n`);
  process.exit(1);
});
