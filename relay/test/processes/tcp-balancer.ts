// A minimal TCP load balancer for tests: each new connection goes to the first upstream that accepts it, so
// when relay A dies, reconnecting clients land on relay B exactly as behind a real balancer's health check.
import { connect, createServer, type Server, type Socket } from 'node:net';

export interface TcpBalancer {
  url: string;
  close(): Promise<void>;
}

function connectFirst(ports: readonly number[], index: number, client: Socket): void {
  const port = ports[index];
  if (port === undefined) {
    client.destroy();
    return;
  }
  const upstream = connect({ host: '127.0.0.1', port });
  upstream.once('connect', () => {
    upstream.removeAllListeners('error');
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
    client.pipe(upstream);
    upstream.pipe(client);
  });
  upstream.once('error', () => connectFirst(ports, index + 1, client));
}

export async function startTcpBalancer(upstreamPorts: readonly number[]): Promise<TcpBalancer> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    sockets.add(client);
    client.once('close', () => sockets.delete(client));
    client.pause(); // hold the handshake bytes until an upstream is chosen; pipe() resumes the flow
    connectFirst(upstreamPorts, 0, client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('balancer has no address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
