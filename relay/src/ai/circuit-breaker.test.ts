import { describe, expect, it } from 'vitest';
import { CircuitBreaker, CircuitOpenError } from './circuit-breaker.ts';

const fail = () => Promise.reject(new Error('provider down'));
const succeed = () => Promise.resolve('ok');

describe('CircuitBreaker', () => {
  it('opens after the threshold and stops calling the provider', async () => {
    let now = 0;
    let calls = 0;
    const counted = (call: () => Promise<string>) => () => {
      calls++;
      return call();
    };
    const breaker = new CircuitBreaker({ failureThreshold: 3, resetAfterMs: 30_000, now: () => now });
    for (let i = 0; i < 3; i++) {
      await expect(breaker.run(counted(fail))).rejects.toThrow('provider down');
    }
    expect(breaker.state).toBe('open');
    await expect(breaker.run(counted(succeed))).rejects.toBeInstanceOf(CircuitOpenError);
    expect(calls).toBe(3);
    now = 30_000;
    expect(breaker.state).toBe('half-open');
    await expect(breaker.run(succeed)).resolves.toBe('ok');
    expect(breaker.state).toBe('closed');
  });

  it('reopens when the trial call fails', async () => {
    let now = 0;
    const breaker = new CircuitBreaker({ failureThreshold: 1, resetAfterMs: 1_000, now: () => now });
    await expect(breaker.run(fail)).rejects.toThrow();
    now = 1_000;
    await expect(breaker.run(fail)).rejects.toThrow();
    expect(breaker.state).toBe('open');
  });
});
