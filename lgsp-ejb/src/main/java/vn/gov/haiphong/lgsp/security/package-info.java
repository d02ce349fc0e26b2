/**
 * Who is calling, decided once per request at the platform's edge: bearer tokens verified (signature,
 * issuer, expiry, audience) and remembered until they expire, so a system's repeated calls with the
 * same token cost a map lookup, not an RSA verification (docs/security.md, docs/performance.md).
 * Also where the platform itself may connect on a caller's word: the outbound policy of contract fetches
 * and the gateway's provider connections.
 */
package vn.gov.haiphong.lgsp.security;
