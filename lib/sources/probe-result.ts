/** What reading a feed address once, before saving it, found: how many events, or why not. */
export type ProbeResult = { ok: true; events: number } | { ok: false; error: string };
