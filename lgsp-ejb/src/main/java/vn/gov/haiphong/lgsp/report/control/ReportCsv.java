package vn.gov.haiphong.lgsp.report.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A report as one long CSV table — section, subject, name, metric, value — that a spreadsheet pivots as it likes.
 * UTF-8 with a byte-order mark, so that spreadsheet programs read the Vietnamese names right.
 */
public final class ReportCsv {

    static final String[] HEADER = {"section", "subject", "name", "metric", "value"};

    private ReportCsv() {
    }

    public static void write(ReportFigures f, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(HEADER).get());
            Rows rows = new Rows(csv);
            rows.add("report", f.kind(), null, "from", f.from());
            rows.add("report", f.kind(), null, "to", f.to().minusDays(1));
            rows.add("report", f.kind(), null, "generatedAt", f.generatedAt());
            var r = f.registry();
            rows.add("registry", null, null, "activeAgencies", r.activeAgencies());
            rows.add("registry", null, null, "connectedSystems", r.connectedSystems());
            rows.add("registry", null, null, "publishedServices", r.publishedServices());
            rows.add("registry", null, null, "agenciesRegistered", r.agenciesRegistered());
            rows.add("registry", null, null, "agenciesRetired", r.agenciesRetired());
            rows.add("registry", null, null, "orgChangesApproved", r.orgChangesApproved());
            rows.add("registry", null, null, "systemsConnected", r.systemsConnected());
            rows.add("registry", null, null, "systemsCancelled", r.systemsCancelled());
            rows.add("registry", null, null, "servicesPublished", r.servicesPublished());
            rows.add("registry", null, null, "servicesRetired", r.servicesRetired());
            r.changes().forEach(ch -> rows.add("change", ch.entity(), ch.action(), "count", ch.count()));
            var e = f.exchanges();
            rows.add("exchanges", null, null, "total", e.total());
            rows.add("exchanges", null, null, "failures", e.failures());
            for (Map.Entry<String, Long> outcome : e.byOutcome().entrySet()) {
                rows.add("outcome", outcome.getKey(), null, "exchanges", outcome.getValue());
            }
            e.byProvider().forEach(a -> rows.agency("provider", a));
            e.byConsumer().forEach(a -> rows.agency("consumer", a));
            f.services().forEach(s -> {
                rows.add("service", s.service(), s.providerAgency(), "exchanges", s.exchanges());
                rows.add("service", s.service(), s.providerAgency(), "failures", s.failures());
                rows.add("service", s.service(), s.providerAgency(), "successPercent", s.successPercent());
                rows.add("service", s.service(), s.providerAgency(), "p50Ms", s.p50Ms());
                rows.add("service", s.service(), s.providerAgency(), "p95Ms", s.p95Ms());
                rows.add("service", s.service(), s.providerAgency(), "p99Ms", s.p99Ms());
                rows.add("service", s.service(), s.providerAgency(), "probeAvailabilityPercent",
                        s.probeAvailabilityPercent());
            });
            f.incidents().forEach(i -> {
                rows.add("incidents", i.severity(), null, "count", i.count());
                rows.add("incidents", i.severity(), null, "isolated", i.isolated());
                rows.add("incidents", i.severity(), null, "resolved", i.resolved());
                rows.add("incidents", i.severity(), null, "medianMinutesToIsolate", i.medianMinutesToIsolate());
                rows.add("incidents", i.severity(), null, "maxMinutesToIsolate", i.maxMinutesToIsolate());
                rows.add("incidents", i.severity(), null, "medianMinutesToResolve", i.medianMinutesToResolve());
                rows.add("incidents", i.severity(), null, "maxMinutesToResolve", i.maxMinutesToResolve());
            });
            f.maintenance().forEach(m -> rows.add("maintenance", m.service(), m.startsAt().toString(), "noticeDays",
                    m.noticeDays()));
            f.requests().forEach(q -> {
                rows.add("requests", q.kind(), null, "filed", q.filed());
                rows.add("requests", q.kind(), null, "decided", q.decided());
                rows.add("requests", q.kind(), null, "overdue", q.overdue());
                rows.add("requests", q.kind(), null, "medianWorkingDays", q.medianWorkingDays());
            });
            f.codeLists().forEach(l -> rows.add("codeList", l.list(), l.name(), "version", l.version()));
            if (f.feedback() != null) {
                rows.add("feedback", Integer.toString(f.feedback().year()), f.feedback().title(), "agenciesAnswered",
                        f.feedback().agenciesAnswered());
                f.feedback().questions().forEach(q -> {
                    rows.add("feedback", q.code(), q.text(), "answers", q.answers());
                    rows.add("feedback", q.code(), q.text(), "meanRating", q.meanRating());
                });
            }
            csv.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** A text a spreadsheet would run as a formula (=, +, -, @ first) is kept as text. */
    static String inert(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** The printer with the row shapes the report uses. */
    private record Rows(CSVPrinter csv) {

        void add(String section, String subject, String name, String metric, Object value) {
            try {
                csv.printRecord(section, inert(subject), inert(name), metric, value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void agency(String section, ReportFigures.AgencyExchanges a) {
            add(section, a.agencyCode(), a.name(), "exchanges", a.exchanges());
            add(section, a.agencyCode(), a.name(), "failures", a.failures());
        }
    }
}
