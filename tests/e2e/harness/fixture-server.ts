/**
 * A local HTTP server that answers as the fixture site. Firefox is pointed at it as its HTTP proxy,
 * so `http://www.techflowpost.com/...` (any host, no port in the URL) is served from the fixtures.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FixtureSite } from './fixture-site';

export interface FixtureServer {
  port: number;
  close(): Promise<void>;
}

export async function startFixtureServer(site: FixtureSite): Promise<FixtureServer> {
  const server: Server = createServer((request, response) => {
    // A proxied request carries the absolute URL; a direct one only the path and a Host header.
    const url = new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`);
    const answer = site.respond(url);
    response.writeHead(answer.status, { 'content-type': answer.contentType, 'cache-control': 'no-store' });
    response.end(request.method === 'HEAD' ? undefined : answer.body);
  });
  await new Promise<void>((resolvePromise) => server.listen(0, '127.0.0.1', resolvePromise));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolvePromise) => {
        server.closeAllConnections();
        server.close(() => resolvePromise());
      }),
  };
}
