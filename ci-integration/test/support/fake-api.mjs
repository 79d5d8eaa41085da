// A recording stand-in for the two HTTP APIs the CI jobs call, on 127.0.0.1: GitHub's issue
// comments (list, create, update) and GitLab's merge-request notes (create). It keeps every
// request, so a test can say what the job sent. GitHub and GitLab themselves cannot be reached
// from here; what they would do with these requests is documented in docs/ci/README.md.
import * as http from 'node:http';

export async function startFakeApi() {
  const requests = [];
  /** GitHub comments by pull request number: [{ id, body }]. */
  const comments = new Map();
  let nextId = 100;
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const url = new URL(req.url, 'http://localhost');
      requests.push({ method: req.method, path: url.pathname, query: url.search, headers: req.headers, body });
      const send = (status, value) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      let m;
      if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname))) {
        const list = comments.get(m[1]) ?? [];
        comments.set(m[1], list);
        if (req.method === 'GET') {
          return send(200, list);
        }
        if (req.method === 'POST') {
          const comment = { id: nextId++, body: JSON.parse(body).body };
          list.push(comment);
          return send(201, comment);
        }
      }
      if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname)) && req.method === 'PATCH') {
        for (const list of comments.values()) {
          const c = list.find((x) => String(x.id) === m[1]);
          if (c) {
            c.body = JSON.parse(body).body;
            return send(200, c);
          }
        }
        return send(404, { message: 'Not Found' });
      }
      if (/^\/api\/v4\/projects\/[^/]+\/merge_requests\/\d+\/notes$/.test(url.pathname) && req.method === 'POST') {
        return send(201, { id: nextId++, body: new URLSearchParams(body).get('body') });
      }
      send(404, { message: 'Not Found' });
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    comments,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
