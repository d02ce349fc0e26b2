import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import vn.gov.haiphong.lgsp.report.control.ExchangeReader;
import vn.gov.haiphong.lgsp.report.control.Period;
import vn.gov.haiphong.lgsp.report.control.ReportCsv;
import vn.gov.haiphong.lgsp.report.control.ReportFigures;
import vn.gov.haiphong.lgsp.report.control.ReportPdf;

/**
 * The report bench (on demand, never in CI; run by bench/report.sh): on the month StatisticsBench generated
 * (November 2026, 10 million exchanges by default), times what a monthly report does with its exchanges — the
 * platform's own readers over the day rollups ({@link ExchangeReader}: totals, outcomes, per provider and consumer
 * agency, per service with merged latency sketches) and its writers (PDF with the chart and tables, CSV) — seven times,
 * with the heap used after a full collection between runs, in a 256 MiB heap. The other sections (registry, incidents,
 * requests…) read small tables and are not part of the month's volume.
 *
 *   bench/report.sh [--reuse] [exchanges (10000000)] [jdbc url (jdbc:postgresql://127.0.0.1:5432/lgsp_bench_statistics)] [user]
 */
public class ReportBench {

    static final Period NOVEMBER = new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1));

    public static void main(String[] args) throws Exception {
        long expected = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        String url = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:5432/lgsp_bench_statistics";
        String user = args.length > 2 ? args[2] : "postgres";
        long[] readMs = new long[7];
        long[] writeMs = new long[7];
        long[] heapAfter = new long[7];
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            for (int i = 0; i < readMs.length; i++) {
                long t = System.nanoTime();
                ReportFigures.Exchanges exchanges = ExchangeReader.exchanges(c, NOVEMBER);
                List<ReportFigures.ServiceFigures> services = ExchangeReader.services(c, NOVEMBER);
                readMs[i] = (System.nanoTime() - t) / 1_000_000;
                if (exchanges.total() != expected) {
                    throw new IllegalStateException(exchanges.total() + " exchanges, expected " + expected);
                }
                ReportFigures figures = new ReportFigures("MONTHLY", NOVEMBER.from(), NOVEMBER.to(), Instant.now(),
                        new ReportFigures.Registry(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of()), exchanges, services,
                        List.of(), List.of(), List.of(), List.of(), null);
                t = System.nanoTime();
                CountingStream pdf = new CountingStream();
                ReportPdf.write(figures, pdf);
                CountingStream csv = new CountingStream();
                ReportCsv.write(figures, csv);
                writeMs[i] = (System.nanoTime() - t) / 1_000_000;
                System.gc();
                heapAfter[i] = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
                System.out.printf("run %d: read %5d ms (%,d exchanges, %d services, %d providers, %d consumers),"
                        + " write %5d ms (PDF %,d bytes, CSV %,d bytes), heap after GC %d MiB%n", i + 1, readMs[i],
                        exchanges.total(), services.size(), exchanges.byProvider().size(), exchanges.byConsumer().size(),
                        writeMs[i], pdf.bytes, csv.bytes, heapAfter[i]);
            }
        }
        System.out.printf("read: first %d ms, median %d ms; write: first %d ms, median %d ms; heap after GC %s MiB;"
                + " max heap %d MiB%n", readMs[0], median(readMs), writeMs[0], median(writeMs),
                Arrays.toString(heapAfter), Runtime.getRuntime().maxMemory() >> 20);
    }

    static long median(long[] runs) {
        long[] warm = Arrays.copyOfRange(runs, 1, runs.length);
        Arrays.sort(warm);
        return warm[warm.length / 2];
    }

    /** Counts what is written and keeps nothing: the bench measures making the documents, not holding them. */
    static final class CountingStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
