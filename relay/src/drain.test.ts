import { describe, expect, it } from 'vitest';
import { createDrain } from './drain.ts';

describe('createDrain', () => {
  it('waits for work in flight and refuses new work with unavailable', async () => {
    const drain = createDrain();
    let finish!: () => void;
    const slow = drain.run(() => new Promise<string>((resolve) => (finish = () => resolve('stored'))));
    expect(drain.inFlight).toBe(1);
    let drained = false;
    const stopping = drain.start(5_000).then((done) => {
      drained = done;
    });
    await expect(drain.run(async () => 'late')).rejects.toMatchObject({ code: 'unavailable' });
    expect(drained).toBe(false);
    finish();
    expect(await slow).toBe('stored');
    await stopping;
    expect(drained).toBe(true);
  });

  it('gives up waiting after the timeout', async () => {
    const drain = createDrain();
    void drain.run(() => new Promise(() => {}));
    expect(await drain.start(10)).toBe(false);
  });
});
