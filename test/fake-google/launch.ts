/**
 * What `identity.launchWebAuthFlow` does against the fake authorize endpoint, for Node
 * tests: load the URL and return where it redirects to. Like Chrome, it rejects when the
 * page does not redirect (an error page, which a person would have to read).
 */
export async function launchWebAuthFlowInNode(url: string): Promise<string> {
  const response = await fetch(url, { redirect: 'manual' });
  const location = response.headers.get('location');
  if (response.status !== 302 || !location) throw new Error('Authorization page could not be loaded.');
  return location;
}
