// Stands in for engine.io-client's WebTransport transport in the frame build (see vite.frame.config.ts): the relay
// never offers WebTransport and socket.ts asks only for polling and WebSocket, so its ~0.8 kB gzip would be dead
// weight against the open-chat budget. Constructing it means someone enabled WebTransport; say so.
export class WT {
  constructor() {
    throw new Error('Parley: WebTransport is left out of the chat frame build; use polling or websocket.');
  }
}
