/** Plain words for the user; never the full address. */
export class FeedFetchError extends Error {
  override name = 'FeedFetchError';
  /** HTTP status when the server answered, else null. */
  readonly status: number | null;
  /** When the server asked to be left alone until (epoch ms, from `Retry-After`); the next sync waits for it. */
  readonly retryAt?: number;
  constructor(message: string, details: { status?: number; retryAt?: number } = {}) {
    super(message);
    this.status = details.status ?? null;
    if (details.retryAt !== undefined) this.retryAt = details.retryAt;
  }
}
