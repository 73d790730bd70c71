// HTTP long-polling for shoppers whose network blocks WebSocket (some corporate proxies and captive portals).
// Loaded by socket.ts only after WebSocket has failed, so everyone else never downloads it.
export { WebSocket, XHR } from 'engine.io-client';
