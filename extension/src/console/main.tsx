// Web console entry (served by the relay at /console/): the agent app with settings in localStorage.
import { render } from 'preact';
import { AgentApp } from '../app/AgentApp.tsx';
import { createLocalSettingsStore } from '../settings/local-storage.ts';

// The console is served by the relay itself, so the page's own origin is the right default.
render(
  <AgentApp settingsStore={createLocalSettingsStore(localStorage)} defaultRelayUrl={location.origin} />,
  document.getElementById('app')!,
);
