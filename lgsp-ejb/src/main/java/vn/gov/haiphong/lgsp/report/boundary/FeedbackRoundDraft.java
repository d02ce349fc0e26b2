package vn.gov.haiphong.lgsp.report.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * A feedback round to open: the year it is about, a title, the day it closes (answers taken until then, inclusive)
 * and 1–20 questions.
 */
public record FeedbackRoundDraft(Integer year, String title, LocalDate closesOn, List<Question> questions) {

    /** A question: a short code answers name it by, its text, and RATING (1–5) or TEXT. */
    public record Question(String code, String text, String kind) {
    }
}
