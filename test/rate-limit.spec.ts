import { RateLimiter } from "../api/src/edge/rate-limit";

/**
 * The rate limit's window on a clock the test holds (test/edge.e2e-spec.ts shows the same limit
 * through HTTP, where the exact wait depends on how long the requests took).
 */
describe("the per-identity rate limit", () => {
  const T0 = Date.parse("2026-12-06T10:00:00Z");

  it("lets exactly the limit through in a minute and refuses the next with the seconds left in the window", () => {
    const limiter = new RateLimiter(5);
    const answers = [0, 100, 200, 300, 400].map((ms) => limiter.take("203.0.113.7", T0 + ms));
    expect(answers).toEqual([null, null, null, null, null]);
    // 1.5 s into the window: 58.5 s left, rounded up to 59.
    expect(limiter.take("203.0.113.7", T0 + 1_500)).toBe(59);
    // The last millisecond of the window: 1 s (never 0).
    expect(limiter.take("203.0.113.7", T0 + 59_999)).toBe(1);
  });

  it("starts a fresh window a minute after the first request, and keeps identities apart", () => {
    const limiter = new RateLimiter(2);
    expect([limiter.take("a", T0), limiter.take("a", T0 + 1), limiter.take("a", T0 + 2)]).toEqual([null, null, 60]);
    expect(limiter.take("b", T0 + 3)).toBeNull();
    expect([limiter.take("a", T0 + 60_000), limiter.take("a", T0 + 60_001), limiter.take("a", T0 + 60_002)]).toEqual([null, null, 60]);
  });
});
