// Login through the realm's Keycloak: OpenID Connect authorization code with PKCE (RFC 7636), public client
// "lgsp-console". The tokens live in this module's memory only: a reload signs in again through Keycloak's
// single sign-on (no password asked while its session lasts). Only the PKCE verifier and state cross the
// redirect, in sessionStorage, and are removed on return. keycloak-js is not used: the one version on Maven
// Central depends on CommonJS packages that a browser cannot import without a bundler; WebCrypto does PKCE.

const CLIENT_ID = 'lgsp-console';
const PENDING = 'lgsp-console.pending';
const ENDPOINTS = 'lgsp-console.endpoints';

let endpoints = null;
let tokens = null;
let refreshTimer = null;
let refreshing = null;

function base64url(bytes) {
  let text = '';
  for (const b of new Uint8Array(bytes)) text += String.fromCharCode(b);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function random() {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

/** The realm's endpoints, as the API's own OpenAPI document names them (no configuration of the console). */
async function discover() {
  if (endpoints) return endpoints;
  const kept = sessionStorage.getItem(ENDPOINTS);
  if (kept) return (endpoints = JSON.parse(kept));
  const answer = await fetch('/openapi?format=JSON', { headers: { Accept: 'application/json' } });
  if (!answer.ok) throw new Error('openapi ' + answer.status);
  const flow = (await answer.json()).components.securitySchemes.oauth2.flows.authorizationCode;
  endpoints = {
    auth: flow.authorizationUrl,
    token: flow.tokenUrl,
    logout: flow.authorizationUrl.replace(/\/auth$/, '/logout'),
  };
  sessionStorage.setItem(ENDPOINTS, JSON.stringify(endpoints));
  return endpoints;
}

function redirectUri() {
  return location.origin + location.pathname;
}

async function tokenRequest(form) {
  const { token } = await discover();
  const answer = await fetch(token, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: CLIENT_ID, ...form }),
  });
  const body = await answer.json().catch(() => ({}));
  if (!answer.ok) throw new Error(body.error_description || body.error || 'token ' + answer.status);
  return body;
}

function keep(answer) {
  tokens = answer;
  clearTimeout(refreshTimer);
  const seconds = Math.max(10, (answer.expires_in || 300) - 30);
  refreshTimer = setTimeout(() => refresh().catch(() => signIn()), seconds * 1000);
}

/** The access token's claims (for showing who is signed in and which actions to offer; the API decides). */
export function claims() {
  if (!tokens) return null;
  const part = tokens.access_token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  const json = decodeURIComponent(Array.from(atob(part), c => '%' + c.charCodeAt(0).toString(16).padStart(2, '0')).join(''));
  return JSON.parse(json);
}

export function accessToken() {
  return tokens && tokens.access_token;
}

/** A new access token from the refresh token; one refresh at a time. */
export function refresh() {
  if (!tokens || !tokens.refresh_token) return Promise.reject(new Error('no session'));
  refreshing ??= tokenRequest({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token })
    .then(keep).finally(() => { refreshing = null; });
  return refreshing;
}

/** Sends the browser to Keycloak; comes back to the same screen. */
export async function signIn(language) {
  const { auth } = await discover();
  const verifier = random();
  const state = random();
  const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, hash: location.hash || '#/' }));
  const query = new URLSearchParams({
    client_id: CLIENT_ID, redirect_uri: redirectUri(), response_type: 'code', scope: 'openid',
    state, code_challenge: challenge, code_challenge_method: 'S256', ui_locales: language || 'vi',
  });
  location.assign(auth + '?' + query);
  return new Promise(() => {});
}

/**
 * Finishes a sign-in when Keycloak sent the browser back (the code leaves the address bar before it is
 * redeemed), or starts one. Resolves with the claims once signed in.
 */
export async function start(language) {
  const params = new URLSearchParams(location.search);
  const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
  if (params.has('code') || params.has('error')) {
    sessionStorage.removeItem(PENDING);
    history.replaceState(null, '', location.pathname + (pending ? pending.hash : '#/'));
    if (params.has('error')) throw new Error(params.get('error_description') || params.get('error'));
    if (!pending || pending.state !== params.get('state')) return signIn(language);
    keep(await tokenRequest({
      grant_type: 'authorization_code', code: params.get('code'), redirect_uri: redirectUri(),
      code_verifier: pending.verifier,
    }));
    return claims();
  }
  return signIn(language);
}

/** Ends the Keycloak session too, then comes back to the console's sign-in. */
export async function signOut() {
  const { logout } = await discover();
  const idToken = tokens && tokens.id_token;
  tokens = null;
  clearTimeout(refreshTimer);
  const query = new URLSearchParams({ client_id: CLIENT_ID, post_logout_redirect_uri: redirectUri() });
  if (idToken) query.set('id_token_hint', idToken);
  location.assign(logout + '?' + query);
}
