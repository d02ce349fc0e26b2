package vn.gov.haiphong.lgsp.incident.boundary;

import java.time.Instant;

/** One entry of the incident log: its number, when, who (and in which role), what kind, the step and the text. */
public record LogEntryView(int seq, Instant at, String actor, String role, String kind, String from, String to,
                           String text) {
}
