// Real OAuth 2.0 / OpenID Connect authorization server for the end-to-end tests (oidc-provider 9.13.3).
//
//   node server.mjs [--port N] [--demo]
//
// Listens on 127.0.0.1 only. Prints exactly one line "READY <issuer>" on stdout once listening;
// everything else goes to stderr. Exits cleanly on SIGTERM / SIGINT.
//
// Test-only control routes (served before the provider's own routes):
//   POST /test/ttl            {"access_token": s?, "refresh_token": s?}; {} restores the defaults.
//                             Applies to tokens issued afterwards.
//   GET  /test/ttl            current TTL settings
//   GET  /test/stats          counters taken from provider events
//   POST /test/stats/reset    zero the counters

import http from 'node:http';
import process from 'node:process';
import { parseArgs } from 'node:util';

// oidc-provider prints notices with console.info (stdout). stdout carries only the READY line.
console.log = console.error;
console.info = console.error;

const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    demo: { type: 'boolean', default: false },
  },
});

const port = Number.parseInt(args.port, 10);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`invalid --port: ${args.port}`);
  process.exit(2);
}

const { default: Provider } = await import('oidc-provider');

const DEFAULT_TTL = Object.freeze({ access_token: 3600, refresh_token: 14 * 24 * 60 * 60 });
const ttl = { ...DEFAULT_TTL };

const GRANT_NAMES = {
  authorization_code: 'authorization_code',
  refresh_token: 'refresh_token',
  'urn:ietf:params:oauth:grant-type:device_code': 'device_code',
};
const STAT_KEYS = [
  'authorization_code',
  'refresh_token',
  'device_code',
  'refresh_invalid_grant',
  'invalid_client',
  'grants_revoked',
  'revocations',
];
const stats = {};
function resetStats() {
  for (const key of STAT_KEYS) stats[key] = 0;
}
resetStats();

const GRANT_TYPES = ['authorization_code', 'refresh_token', 'urn:ietf:params:oauth:grant-type:device_code'];
const nativeClient = (extra) => ({
  application_type: 'native',
  grant_types: GRANT_TYPES,
  response_types: ['code'],
  redirect_uris: ['http://127.0.0.1/callback'],
  ...extra,
});

const clients = [
  nativeClient({
    client_id: 'conf-client',
    client_secret: 'confsecret123',
    token_endpoint_auth_method: 'client_secret_basic',
  }),
  nativeClient({
    client_id: 'post-client',
    client_secret: 'postsecret456',
    token_endpoint_auth_method: 'client_secret_post',
  }),
  nativeClient({
    client_id: 'public-client',
    token_endpoint_auth_method: 'none',
  }),
  nativeClient({
    client_id: 'wrongpath-client',
    client_secret: 'wrongpath789',
    token_endpoint_auth_method: 'client_secret_basic',
    redirect_uris: ['http://127.0.0.1/other'],
  }),
];

const capitalise = (s) => (s ? s[0].toUpperCase() + s.slice(1) : s);

function readBody(req, limit = 64 * 1024) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > limit) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function validSeconds(value) {
  return value === undefined || value === null || (Number.isInteger(value) && value > 0);
}

async function controlRoutes(ctx, next) {
  if (!ctx.path.startsWith('/test/')) {
    await next();
    return;
  }
  ctx.set('cache-control', 'no-store');
  const route = `${ctx.method} ${ctx.path}`;
  switch (route) {
    case 'GET /test/stats':
      ctx.body = { ...stats };
      return;
    case 'POST /test/stats/reset':
      resetStats();
      ctx.body = { ...stats };
      return;
    case 'GET /test/ttl':
      ctx.body = { ...ttl };
      return;
    case 'POST /test/ttl': {
      let body;
      try {
        const raw = await readBody(ctx.req);
        body = raw.trim() ? JSON.parse(raw) : {};
      } catch (err) {
        ctx.status = 400;
        ctx.body = { error: `invalid JSON body: ${err.message}` };
        return;
      }
      if (typeof body !== 'object' || body === null || Array.isArray(body)
        || !validSeconds(body.access_token) || !validSeconds(body.refresh_token)) {
        ctx.status = 400;
        ctx.body = { error: 'expected {"access_token": positive int?, "refresh_token": positive int?}' };
        return;
      }
      if (Object.keys(body).length === 0) {
        Object.assign(ttl, DEFAULT_TTL);
      } else {
        if (body.access_token != null) ttl.access_token = body.access_token;
        if (body.refresh_token != null) ttl.refresh_token = body.refresh_token;
      }
      console.error(`test: ttl now ${JSON.stringify(ttl)}`);
      ctx.body = { ...ttl };
      return;
    }
    default:
      ctx.status = 404;
      ctx.body = { error: `no test route ${route}` };
  }
}

// Bind first: the issuer has to carry the real port when --port 0 is used.
const server = http.createServer();
await new Promise((resolve, reject) => {
  server.once('error', reject);
  server.listen(port, '127.0.0.1', resolve);
});
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients,
  cookies: {
    keys: ['e2e-static-cookie-key-0001', 'e2e-static-cookie-key-0002'],
  },
  pkce: {
    required: () => true,
  },
  responseTypes: ['code'],
  scopes: ['openid', 'offline_access', 'profile', 'email', 'api'],
  claims: {
    openid: ['sub'],
    profile: ['name'],
    email: ['email'],
  },
  conformIdTokenClaims: false,
  findAccount(_ctx, id) {
    return {
      accountId: id,
      async claims() {
        return { sub: id, name: capitalise(id), email: `${id}@example.test` };
      },
    };
  },
  // The app's sign-in must yield a refresh token whether or not it asks for offline_access
  // (oidc-provider drops offline_access without prompt=consent).
  issueRefreshToken(_ctx, client) {
    return client.grantTypeAllowed('refresh_token');
  },
  // Refresh tokens outlive the browser session: the tests (and real providers) refresh long
  // after the browser context is gone.
  expiresWithSession: () => false,
  // Always rotate; reusing a consumed refresh token revokes the whole grant.
  rotateRefreshToken: () => true,
  ttl: {
    AccessToken: () => ttl.access_token,
    RefreshToken: () => ttl.refresh_token,
  },
  features: {
    devInteractions: { enabled: true },
    introspection: { enabled: true },
    revocation: { enabled: true },
    deviceFlow: { enabled: true },
    userinfo: { enabled: true },
  },
});

provider.on('grant.success', (ctx) => {
  const name = GRANT_NAMES[ctx.oidc?.params?.grant_type];
  if (name) stats[name] += 1;
});
provider.on('grant.error', (ctx, err) => {
  if (err?.error === 'invalid_grant' && ctx.oidc?.params?.grant_type === 'refresh_token') {
    stats.refresh_invalid_grant += 1;
  }
  // The detail says why (expired, already used …); it never contains a token.
  console.error(`grant.error ${ctx.oidc?.params?.grant_type}: ${err?.error} (${err?.error_detail ?? ''})`);
});
for (const event of [
  'grant.error',
  'revocation.error',
  'introspection.error',
  'device_authorization.error',
  'pushed_authorization_request.error',
]) {
  provider.on(event, (_ctx, err) => {
    if (err?.error === 'invalid_client') stats.invalid_client += 1;
  });
}
provider.on('grant.revoked', () => {
  stats.grants_revoked += 1;
});
provider.on('server_error', (ctx, err) => {
  console.error(`server_error on ${ctx.method} ${ctx.path}:`, err);
});

const REVOCATION_PATH = '/token/revocation'; // oidc-provider's default routes.revocation
// Successful RFC 7009 revocation requests (oidc-provider emits no event for them).
provider.use(async (ctx, next) => {
  await next();
  if (ctx.method === 'POST' && ctx.path === REVOCATION_PATH && ctx.status === 200) {
    stats.revocations += 1;
  }
});
provider.use(controlRoutes);

server.on('request', provider.callback());

let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.error(`${signal}: shutting down`);
  server.close(() => process.exit(0));
  server.closeAllConnections();
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));

if (args.demo) {
  console.error([
    '',
    `Demo sign-in server at ${issuer}`,
    '  Sign in with any user name and any password.',
    '  Clients: conf-client / confsecret123 (client_secret_basic), post-client / postsecret456',
    '  (client_secret_post), public-client (no secret); redirect http://127.0.0.1:<any port>/callback',
    '  Press Ctrl-C to stop.',
    '',
  ].join('\n'));
}

process.stdout.write(`READY ${issuer}\n`);
