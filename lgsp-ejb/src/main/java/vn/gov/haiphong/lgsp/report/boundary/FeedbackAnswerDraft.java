package vn.gov.haiphong.lgsp.report.boundary;

import jakarta.json.JsonObject;

/** An agency's answers: {@code {"q1": 4, "q2": "…"}} — a whole number 1–5 for a RATING question, text for TEXT. */
public record FeedbackAnswerDraft(JsonObject answers) {
}
