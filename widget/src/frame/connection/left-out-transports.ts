// Stands in for two of engine.io-client's transports in its transport table (see vite.frame.config.ts), so opening
// the chat does not download them: WebTransport, which the relay never offers (~0.8 kB gzip), and HTTP
// long-polling, which socket.ts loads from polling-fallback.ts only when WebSocket fails (~0.6 kB gzip).
// Constructing one of these means a build asked for a transport it left out; say so.
function leftOut(): never {
  throw new Error('Parley: this transport is left out of the chat frame build; see left-out-transports.ts.');
}

export class WT {
  constructor() {
    leftOut();
  }
}

export class XHR {
  constructor() {
    leftOut();
  }
}
