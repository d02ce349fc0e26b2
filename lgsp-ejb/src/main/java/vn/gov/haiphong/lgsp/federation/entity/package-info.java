/** A peer, the services its catalog listed, and (in {@code peer_service_right}) city systems' rights to them. */
package vn.gov.haiphong.lgsp.federation.entity;
