// Screens are addressed by the part after '#', so moving between them never reloads the page (the token
// lives in memory) and nothing secret is ever part of an address.
import { ref } from './vue.js';

export const route = ref(location.hash || '#/');
window.addEventListener('hashchange', () => { route.value = location.hash || '#/'; });

export function navigate(hash) {
  location.hash = hash;
  route.value = hash;
}

/** Matches '#/a/:x/b' patterns; ':rest*' takes the remainder. */
export function match(pattern, hash) {
  const names = [];
  const regex = new RegExp('^' + pattern.replace(/:(\w+)\*/g, (_, n) => { names.push(n); return '(.+)'; })
    .replace(/:(\w+)/g, (_, n) => { names.push(n); return '([^/]+)'; }) + '/?$');
  const m = regex.exec(hash.split('?')[0]);
  return m && Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1])]));
}
