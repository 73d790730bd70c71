// Baseline for `pnpm bench:relay`: the same namespaces, events and fan-out as the relay on a bare Socket.IO
// server, with no validation, analysis or persistence. Run as its own process, as the relay is.
import { createServer } from 'node:http';
import { AGENT_NAMESPACE, VISITOR_NAMESPACE } from '@parley/shared';
import { Server } from 'socket.io';

const port = Number(process.env.PORT ?? 0);
const httpServer = createServer((request, response) => {
  response.writeHead(request.url === '/readyz' ? 200 : 404).end();
});
const io = new Server(httpServer, { transports: ['websocket'] });
let seq = 0;

io.of(AGENT_NAMESPACE).on('connection', (socket) => {
  void socket.join('agents');
  socket.emit('session', { agentId: null, name: 'bench', role: 'admin', language: 'en' });
});

io.of(VISITOR_NAMESPACE).on('connection', (socket) => {
  socket.emit('session', {
    visitorToken: 'x',
    visitorId: socket.id,
    conversationId: null,
    siteName: 'bench',
  });
  socket.on('message:send', (payload: { clientId: string; text: string }, ack?: (r: unknown) => void) => {
    seq++;
    const message = {
      id: `m${seq}`,
      conversationId: socket.id,
      seq,
      clientId: payload.clientId,
      author: 'visitor',
      authorId: null,
      text: payload.text,
      language: 'en',
      translations: {},
      createdAt: new Date().toISOString(),
    };
    ack?.({ ok: true, data: message });
    io.of(AGENT_NAMESPACE).to('agents').emit('message', message);
  });
});

httpServer.listen(port, '127.0.0.1', () => {
  const address = httpServer.address();
  process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : port}\n`);
});
process.on('SIGTERM', () => {
  io.close();
  process.exit(0);
});
