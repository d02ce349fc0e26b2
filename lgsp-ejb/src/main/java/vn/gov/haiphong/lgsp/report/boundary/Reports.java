package vn.gov.haiphong.lgsp.report.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.Session;
import vn.gov.haiphong.lgsp.audit.boundary.AdminAuditLog;
import vn.gov.haiphong.lgsp.calendar.boundary.WorkingCalendar;
import vn.gov.haiphong.lgsp.calendar.control.WorkingDays;
import vn.gov.haiphong.lgsp.common.Page;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.FieldViolation;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.report.control.ExchangeReader;
import vn.gov.haiphong.lgsp.report.control.OperationsReader;
import vn.gov.haiphong.lgsp.report.control.Period;
import vn.gov.haiphong.lgsp.report.control.RegistryReader;
import vn.gov.haiphong.lgsp.report.control.ReportCalendar;
import vn.gov.haiphong.lgsp.report.control.ReportCsv;
import vn.gov.haiphong.lgsp.report.control.ReportFigures;
import vn.gov.haiphong.lgsp.report.control.ReportPdf;
import vn.gov.haiphong.lgsp.report.control.RequestReader;
import vn.gov.haiphong.lgsp.report.entity.Report;
import vn.gov.haiphong.lgsp.report.entity.ReportDocument;
import vn.gov.haiphong.lgsp.report.entity.ReportKind;

/**
 * Reports (Quy chế Đ.14.3 monthly, Đ.12.6 annual, any period on demand): generated from the period's figures in one
 * transaction — figures (JSON), CSV and PDF stored together — listed and downloaded. The authority and the operator
 * generate and read; the auditor reads. Agency admins and systems have no part in them (403): a report covers every
 * agency.
 */
@Stateless
public class Reports {

    static final String ENTITY = "report";
    static final Caller SCHEDULE = Caller.platform("report-schedule");
    private static final Jsonb JSON = JsonbBuilder.create();
    /** The longest period one report covers. */
    private static final int MAX_YEARS = 5;
    private static final int FIRST_YEAR = 2020;

    @PersistenceContext
    EntityManager em;

    @EJB
    WorkingCalendar calendar;

    @EJB
    FeedbackRounds feedback;

    @EJB
    AdminAuditLog audit;

    public ReportView generate(Caller caller, ReportOrder order) {
        requireWriter(caller);
        if (order == null) {
            throw LgspException.invalid(List.of(FieldViolation.of("kind", "field.required")));
        }
        ReportKind kind = kind(order.kind());
        Period period = period(kind, order, WorkingCalendar.today());
        ReportView view = store(kind, period, false, caller.name() == null ? caller.subject() : caller.name());
        audit.record(caller, "GENERATE", ENTITY, Long.toString(view.id()), null, null, view);
        return view;
    }

    public Page<ReportView> find(Caller caller, String kind, PageRequest page) {
        requireReader(caller);
        ReportKind k = kind == null || kind.isBlank() ? null : kind(kind);
        List<ReportView> items = em.createNamedQuery(Report.SEARCH, Report.class).setParameter("kind", k)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                .map(r -> ReportView.of(r, null)).toList();
        long total = em.createNamedQuery(Report.COUNT, Long.class).setParameter("kind", k).getSingleResult();
        return new Page<>(items, page.page(), page.size(), total);
    }

    public ReportView get(Caller caller, long id) {
        requireReader(caller);
        Report report = load(id);
        return ReportView.of(report, JSON.fromJson(report.getFigures(), ReportFigures.class));
    }

    /** The report as {@code pdf}, {@code csv} or {@code json}. */
    public ReportFile download(Caller caller, long id, String format) {
        requireReader(caller);
        String f = format == null || format.isBlank() ? "pdf" : format.strip().toLowerCase(Locale.ROOT);
        if (!List.of("pdf", "csv", "json").contains(f)) {
            throw new LgspException(ErrorCode.INVALID_PARAMETER, "format", "pdf, csv or json");
        }
        Report report = load(id);
        String name = "lgsp-" + report.getKind().name().toLowerCase(Locale.ROOT) + "-" + report.getPeriodFrom() + "-"
                + report.getPeriodTo().minusDays(1) + "." + f;
        if (f.equals("json")) {
            return new ReportFile("application/json", name, report.getFigures().getBytes(StandardCharsets.UTF_8));
        }
        ReportDocument.Format stored = ReportDocument.Format.valueOf(f.toUpperCase(Locale.ROOT));
        ReportDocument document = em.find(ReportDocument.class, new ReportDocument.Key(id, stored));
        return new ReportFile(f.equals("pdf") ? "application/pdf" : "text/csv; charset=UTF-8", name,
                document.getContent());
    }

    /**
     * The scheduled job's work (once per cluster, {@link ReportSchedule}): makes each report due {@code today}
     * ({@link ReportCalendar}) that does not exist yet. Answers those it made.
     */
    public List<ReportView> runSchedule(LocalDate today) {
        List<ReportView> made = new ArrayList<>();
        for (ReportCalendar.Due due : ReportCalendar.due(today, calendar.workingDays())) {
            ReportKind kind = ReportKind.valueOf(due.kind());
            long existing = em.createNamedQuery(Report.SCHEDULED, Long.class).setParameter("kind", kind)
                    .setParameter("from", due.period().from()).setParameter("to", due.period().to()).getSingleResult();
            if (existing == 0) {
                made.add(store(kind, due.period(), true, SCHEDULE.name()));
            }
        }
        return made;
    }

    private ReportView store(ReportKind kind, Period period, boolean scheduled, String by) {
        Instant now = Instant.now();
        ReportFigures figures = figures(kind, period, now);
        Report report = new Report(kind, period.from(), period.to(), scheduled, by, now, JSON.toJson(figures));
        em.persist(report);
        em.flush();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        ReportPdf.write(figures, pdf);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        ReportCsv.write(figures, csv);
        em.persist(new ReportDocument(report.getId(), ReportDocument.Format.PDF, pdf.toByteArray()));
        em.persist(new ReportDocument(report.getId(), ReportDocument.Format.CSV, csv.toByteArray()));
        return ReportView.of(report, null);
    }

    /** Reads every section on the transaction's connection. */
    private ReportFigures figures(ReportKind kind, Period period, Instant now) {
        WorkingDays days = calendar.workingDays();
        ReportFigures.FeedbackSummary summary = kind == ReportKind.ANNUAL
                ? feedback.summaryOfYear(period.from().getYear()) : null;
        return em.unwrap(Session.class).doReturningWork(c -> {
            var names = RegistryReader.agencyNames(c);
            return new ReportFigures(kind.name(), period.from(), period.to(), now, RegistryReader.registry(c, period),
                    ExchangeReader.named(ExchangeReader.exchanges(c, period), names),
                    RegistryReader.withProbes(c, period, ExchangeReader.services(c, period)),
                    OperationsReader.incidents(c, period), OperationsReader.maintenance(c, period),
                    RequestReader.requests(c, period, days), RegistryReader.codeLists(c, period), summary);
        });
    }

    private static Period period(ReportKind kind, ReportOrder order, LocalDate today) {
        switch (kind) {
            case MONTHLY -> {
                YearMonth month = month(order.month());
                if (month == null || month.isAfter(YearMonth.from(today))) {
                    throw invalid("month", "report.field.month");
                }
                return new Period(month.atDay(1), month.plusMonths(1).atDay(1));
            }
            case ANNUAL -> {
                if (order.year() == null || order.year() < FIRST_YEAR || order.year() > today.getYear()) {
                    throw invalid("year", "report.field.year");
                }
                return new Period(LocalDate.of(order.year(), 1, 1), LocalDate.of(order.year() + 1, 1, 1));
            }
            default -> {
                if (order.from() == null || order.to() == null || order.from().isAfter(order.to())
                        || order.to().isAfter(today) || order.from().plusYears(MAX_YEARS).isBefore(order.to())) {
                    throw invalid(order.from() == null ? "from" : "to", "report.field.period");
                }
                return new Period(order.from(), order.to().plusDays(1));
            }
        }
    }

    private static YearMonth month(String text) {
        try {
            return text == null ? null : YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static ReportKind kind(String text) {
        try {
            return ReportKind.valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new LgspException(ErrorCode.INVALID_PARAMETER, "kind", "MONTHLY, ANNUAL or PERIOD");
        }
    }

    private static LgspException invalid(String field, String key) {
        return LgspException.invalid(List.of(FieldViolation.of(field, key)));
    }

    private Report load(long id) {
        Report report = em.find(Report.class, id);
        if (report == null) {
            throw new LgspException(ErrorCode.REPORT_NOT_FOUND, id);
        }
        return report;
    }

    private static void requireWriter(Caller caller) {
        if (!caller.isCityWide()) {
            throw new LgspException(ErrorCode.ACCESS_DENIED);
        }
    }

    static void requireReader(Caller caller) {
        if (!caller.isCityWide() && !caller.has(Roles.AUDITOR)) {
            throw new LgspException(ErrorCode.ACCESS_DENIED);
        }
    }
}
