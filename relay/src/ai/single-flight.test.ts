import { describe, expect, it } from 'vitest';
import { SingleFlight } from './single-flight.ts';

describe('SingleFlight', () => {
  it('shares one upstream call between identical concurrent requests', async () => {
    const flight = new SingleFlight<string>();
    let upstreamCalls = 0;
    let release!: (value: string) => void;
    const load = () => {
      upstreamCalls++;
      return new Promise<string>((resolve) => {
        release = resolve;
      });
    };
    const results = Promise.all([flight.run('th→en:hello', load), flight.run('th→en:hello', load)]);
    const other = flight.run('th→en:bye', () => Promise.resolve('bye'));
    release('hello');
    expect(await results).toEqual(['hello', 'hello']);
    expect(await other).toBe('bye');
    expect(upstreamCalls).toBe(1);
    expect(flight.size).toBe(0);
  });

  it('lets the next request retry after a failure', async () => {
    const flight = new SingleFlight<string>();
    await expect(flight.run('k', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(flight.run('k', () => Promise.resolve('ok'))).resolves.toBe('ok');
  });
});
