package vn.gov.haiphong.lgsp.report.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A feedback round: its questionnaire, whether it still takes answers, how many agencies answered and — for an agency
 * admin — whether their agency has.
 */
public record FeedbackRoundView(long id, int year, String title, LocalDate closesOn, boolean open,
                                List<FeedbackRoundDraft.Question> questions, String openedBy, Instant openedAt,
                                long agenciesAnswered, Boolean answeredByMyAgency) {
}
