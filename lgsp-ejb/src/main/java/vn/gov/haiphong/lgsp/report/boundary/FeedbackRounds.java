package vn.gov.haiphong.lgsp.report.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import vn.gov.haiphong.lgsp.audit.boundary.AdminAuditLog;
import vn.gov.haiphong.lgsp.calendar.boundary.WorkingCalendar;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.FieldViolation;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.common.text.HostileText;
import vn.gov.haiphong.lgsp.common.text.VietnameseText;
import vn.gov.haiphong.lgsp.report.control.ReportFigures.FeedbackSummary;
import vn.gov.haiphong.lgsp.report.control.ReportFigures.QuestionSummary;
import vn.gov.haiphong.lgsp.report.entity.FeedbackAnswer;
import vn.gov.haiphong.lgsp.report.entity.FeedbackRound;

/**
 * Annual feedback rounds (lấy ý kiến, Quy chế Đ.12.7): the authority opens one a year with a short questionnaire;
 * every agency admin reads it and answers once for their agency (a second answer is refused: the first stands, as a
 * signed-off reply would); the results are summarised here and in the year's annual report. The oversight roles read
 * the results; systems have no part.
 */
@Stateless
public class FeedbackRounds {

    static final String ENTITY = "feedback-round";
    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");
    private static final int MAX_QUESTIONS = 20;
    private static final int MAX_TEXT = 2000;

    @PersistenceContext
    EntityManager em;

    @EJB
    AdminAuditLog audit;

    public FeedbackRoundView open(Caller caller, FeedbackRoundDraft draft) {
        if (!caller.has(Roles.AUTHORITY)) {
            throw new LgspException(ErrorCode.ACCESS_DENIED);
        }
        List<FeedbackRoundDraft.Question> questions = validate(draft);
        if (!em.createNamedQuery(FeedbackRound.OF_YEAR, FeedbackRound.class).setParameter("year", draft.year())
                .getResultList().isEmpty()) {
            throw new LgspException(ErrorCode.FEEDBACK_ROUND_EXISTS, draft.year());
        }
        FeedbackRound round = new FeedbackRound(draft.year(), VietnameseText.clean(draft.title()), JSON.toJson(questions),
                draft.closesOn(), caller.name(), Instant.now());
        em.persist(round);
        em.flush();
        FeedbackRoundView view = view(caller, round);
        audit.record(caller, "OPEN", ENTITY, Long.toString(round.getId()), null, null, view);
        return view;
    }

    public List<FeedbackRoundView> list(Caller caller) {
        requireParty(caller);
        return em.createNamedQuery(FeedbackRound.ALL, FeedbackRound.class).getResultList().stream()
                .map(r -> view(caller, r)).toList();
    }

    public FeedbackRoundView get(Caller caller, long id) {
        requireParty(caller);
        return view(caller, load(id));
    }

    /** The agency admin's answer for their agency: once per round, while it is open, every rating question answered. */
    public FeedbackRoundView answer(Caller caller, long id, FeedbackAnswerDraft draft) {
        if (!caller.has(Roles.AGENCY_ADMIN) || caller.agencyCode() == null) {
            throw new LgspException(ErrorCode.ACCESS_DENIED);
        }
        FeedbackRound round = load(id);
        LocalDate today = WorkingCalendar.today();
        if (!round.isOpenOn(today)) {
            throw new LgspException(ErrorCode.FEEDBACK_ROUND_CLOSED, id, round.getClosesOn());
        }
        if (em.find(FeedbackAnswer.class, new FeedbackAnswer.Key(id, caller.agencyCode())) != null) {
            throw new LgspException(ErrorCode.FEEDBACK_ANSWERED, id, caller.agencyCode());
        }
        JsonObject answers = validate(questions(round), draft);
        em.persist(new FeedbackAnswer(id, caller.agencyCode(), answers.toString(), caller.name(), Instant.now()));
        em.flush();
        audit.record(caller, "ANSWER", ENTITY, Long.toString(id), caller.agencyCode(), null,
                Map.of("round", id, "agency", caller.agencyCode()));
        return view(caller, round);
    }

    public FeedbackSummary results(Caller caller, long id) {
        Reports.requireReader(caller);
        return summary(load(id));
    }

    /** The summary of the year's round, or null when the year has none (annual report). */
    public FeedbackSummary summaryOfYear(int year) {
        return em.createNamedQuery(FeedbackRound.OF_YEAR, FeedbackRound.class).setParameter("year", year)
                .getResultStream().findFirst().map(this::summary).orElse(null);
    }

    private FeedbackSummary summary(FeedbackRound round) {
        List<FeedbackAnswer> answers = em.createNamedQuery(FeedbackAnswer.OF_ROUND, FeedbackAnswer.class)
                .setParameter("round", round.getId()).getResultList();
        List<JsonObject> given = answers.stream().map(a -> Json.createReader(new StringReader(a.getAnswers()))
                .readObject()).toList();
        List<QuestionSummary> questions = new ArrayList<>();
        for (FeedbackRoundDraft.Question q : questions(round)) {
            Map<String, Long> ratings = new TreeMap<>();
            Map<String, String> texts = new LinkedHashMap<>();
            long count = 0;
            long sum = 0;
            for (int i = 0; i < given.size(); i++) {
                JsonValue value = given.get(i).get(q.code());
                if (value instanceof JsonNumber n) {
                    ratings.merge(Integer.toString(n.intValue()), 1L, Long::sum);
                    sum += n.intValue();
                    count++;
                } else if (value instanceof JsonString s) {
                    texts.put(answers.get(i).getAgencyCode(), s.getString());
                    count++;
                }
            }
            boolean rating = q.kind().equals("RATING");
            questions.add(new QuestionSummary(q.code(), q.text(), q.kind(), count,
                    rating && count > 0 ? Math.round(10.0 * sum / count) / 10.0 : null, rating ? ratings : Map.of(),
                    rating ? Map.of() : texts));
        }
        return new FeedbackSummary(round.getId(), round.getYear(), round.getTitle(), answers.size(), questions);
    }

    private FeedbackRoundView view(Caller caller, FeedbackRound r) {
        long answered = em.createNamedQuery(FeedbackAnswer.OF_ROUND, FeedbackAnswer.class)
                .setParameter("round", r.getId()).getResultList().size();
        Boolean mine = caller.has(Roles.AGENCY_ADMIN) && caller.agencyCode() != null
                ? em.find(FeedbackAnswer.class, new FeedbackAnswer.Key(r.getId(), caller.agencyCode())) != null : null;
        return new FeedbackRoundView(r.getId(), r.getYear(), r.getTitle(), r.getClosesOn(),
                r.isOpenOn(WorkingCalendar.today()), questions(r), r.getOpenedBy(), r.getOpenedAt(), answered, mine);
    }

    @SuppressWarnings("unchecked")
    private static List<FeedbackRoundDraft.Question> questions(FeedbackRound r) {
        return List.of(JSON.fromJson(r.getQuestions(), FeedbackRoundDraft.Question[].class));
    }

    private static List<FeedbackRoundDraft.Question> validate(FeedbackRoundDraft draft) {
        List<FieldViolation> violations = new ArrayList<>();
        if (draft == null) {
            throw LgspException.invalid(List.of(FieldViolation.of("year", "field.required")));
        }
        if (draft.year() == null || draft.year() < 2020 || draft.year() > WorkingCalendar.today().getYear() + 1) {
            violations.add(FieldViolation.of("year", "report.field.year"));
        }
        if (draft.title() == null || draft.title().isBlank()) {
            violations.add(FieldViolation.of("title", "field.required"));
        } else if (draft.title().strip().length() > 255) {
            violations.add(FieldViolation.of("title", "field.too-long", 255));
        } else {
            HostileText.check("title", draft.title(), violations);
        }
        if (draft.closesOn() == null || draft.closesOn().isBefore(WorkingCalendar.today())) {
            violations.add(FieldViolation.of("closesOn", "feedback.field.closes-on"));
        }
        List<FeedbackRoundDraft.Question> questions = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        boolean valid = draft.questions() != null && !draft.questions().isEmpty()
                && draft.questions().size() <= MAX_QUESTIONS;
        for (FeedbackRoundDraft.Question q : valid ? draft.questions() : List.<FeedbackRoundDraft.Question>of()) {
            valid &= q != null && q.code() != null && CODE.matcher(q.code()).matches() && codes.add(q.code())
                    && q.text() != null && !q.text().isBlank() && q.text().strip().length() <= 500
                    && ("RATING".equals(q.kind()) || "TEXT".equals(q.kind()));
            if (valid) {
                HostileText.check("questions." + q.code(), q.text(), violations);
                questions.add(new FeedbackRoundDraft.Question(q.code(), VietnameseText.clean(q.text()), q.kind()));
            }
        }
        if (!valid) {
            violations.add(FieldViolation.of("questions", "feedback.field.questions"));
        }
        if (!violations.isEmpty()) {
            throw LgspException.invalid(violations);
        }
        return questions;
    }

    private static JsonObject validate(List<FeedbackRoundDraft.Question> questions, FeedbackAnswerDraft draft) {
        JsonObject given = draft == null || draft.answers() == null ? JsonValue.EMPTY_JSON_OBJECT : draft.answers();
        List<FieldViolation> violations = new ArrayList<>();
        Map<String, String> kinds = new LinkedHashMap<>();
        questions.forEach(q -> kinds.put(q.code(), q.kind()));
        given.keySet().stream().filter(code -> !kinds.containsKey(code)).sorted()
                .forEach(code -> violations.add(FieldViolation.of("answers." + code, "feedback.field.unknown-question")));
        JsonObjectBuilder clean = Json.createObjectBuilder();
        kinds.forEach((code, kind) -> {
            JsonValue value = given.get(code);
            if (kind.equals("RATING")) {
                if (value instanceof JsonNumber n && n.isIntegral() && n.intValue() >= 1 && n.intValue() <= 5) {
                    clean.add(code, n.intValue());
                } else {
                    violations.add(FieldViolation.of("answers." + code, "feedback.field.rating"));
                }
            } else if (value instanceof JsonString s && s.getString().length() <= MAX_TEXT) {
                HostileText.check("answers." + code, s.getString(), violations);
                if (!s.getString().isBlank()) {
                    clean.add(code, VietnameseText.clean(s.getString()));
                }
            } else if (value != null && value != JsonValue.NULL) {
                violations.add(FieldViolation.of("answers." + code, "feedback.field.text", MAX_TEXT));
            }
        });
        if (!violations.isEmpty()) {
            throw LgspException.invalid(violations);
        }
        return clean.build();
    }

    private FeedbackRound load(long id) {
        FeedbackRound round = em.find(FeedbackRound.class, id);
        if (round == null) {
            throw new LgspException(ErrorCode.FEEDBACK_ROUND_NOT_FOUND, id);
        }
        return round;
    }

    /** Everyone with a part in a round: the oversight roles and the agency admins who answer it. */
    private static void requireParty(Caller caller) {
        if (!caller.seesEveryAgency() && !(caller.has(Roles.AGENCY_ADMIN) && caller.agencyCode() != null)) {
            throw new LgspException(ErrorCode.ACCESS_DENIED);
        }
    }
}
