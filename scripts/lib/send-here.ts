/** Evaluated in an extension page (either browser): sends a runtime message in the project's envelope and unwraps the reply. */
export async function sendHere(message: { type: string; data: unknown }): Promise<unknown> {
  const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
  const outcome = (await api.runtime.sendMessage(message)) as
    { ok: true; value: unknown } | { ok: false; error: string } | undefined;
  if (!outcome) throw new Error(`No handler for the message "${message.type}".`);
  if (!outcome.ok) throw new Error(`The message "${message.type}" failed: ${outcome.error}`);
  return outcome.value;
}
