/** The gateway's view of the peers (routes and decisions from memory), tokens at the peers, and calls to them. */
package vn.gov.haiphong.lgsp.federation.control;
