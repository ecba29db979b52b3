import { TEST_PASSWORD } from '../../src/testing/factories';

/** A signed-in caseworker talking to a server process over HTTP. */
export interface Caseworker {
  request(method: string, path: string, body?: unknown): Promise<Response>;
}

export async function signIn(url: string, email: string, password = TEST_PASSWORD): Promise<Caseworker> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${email} failed: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return {
    request: (method, path, body) =>
      fetch(`${url}${path}`, {
        method,
        headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
  };
}
