// Who is signed in, as the verified token says, and what the console offers them. The console only hides
// what a role may not do; the API decides every call again.
import { reactive, ref } from './vue.js';

export const OPERATOR = 'lgsp-operator';
export const AUTHORITY = 'lgsp-authority';
export const AGENCY_ADMIN = 'agency-admin';
export const AUDITOR = 'auditor';
export const OVERSIGHT = [OPERATOR, AUTHORITY, AUDITOR];
export const OFFICERS = [OPERATOR, AUTHORITY, AUDITOR, AGENCY_ADMIN];

export const user = reactive({ name: '', roles: [], agency: '' });

export function signedIn(claims) {
  user.name = claims.name || claims.preferred_username || claims.sub;
  user.roles = (claims.realm_access && claims.realm_access.roles || []).filter(r => OFFICERS.includes(r));
  user.agency = claims.agency_code || '';
}

/** Whether the signed-in officer holds one of the roles. */
export function can(roles) {
  return roles.some(r => user.roles.includes(r));
}

/** An agency admin acting on their own agency (or an operator, who may act for any). */
export function ownsAgency(code) {
  return can([OPERATOR]) || (can([AGENCY_ADMIN]) && !!code && (code === user.agency || code.startsWith(user.agency + '/')));
}

/**
 * A client secret just handed out by the API, kept in memory until shown once. Never in the address, in storage
 * or in a log.
 */
export const handover = ref(null);
