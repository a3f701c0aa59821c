/**
 * Bounded polling for asynchronous server work (redaction jobs, room deletion). Waits grow from 25 ms to 500 ms and
 * the whole wait is capped, so a stuck job fails the test with the last value seen instead of hanging the suite.
 */
export async function pollUntil<T>(
  what: string,
  read: () => Promise<T>,
  done: (value: T) => boolean,
  { timeoutMs = 30_000 }: { timeoutMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let wait = 25;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() + wait > deadline) {
      throw new Error(`${what}: not done after ${timeoutMs} ms; last value ${JSON.stringify(value)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, wait));
    wait = Math.min(500, wait * 2);
  }
}
