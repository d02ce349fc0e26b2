import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import vn.gov.haiphong.lgsp.exchangelog.control.ExchangeRecord;
import vn.gov.haiphong.lgsp.monitoring.control.MonitoringScope;
import vn.gov.haiphong.lgsp.monitoring.control.Rollup;
import vn.gov.haiphong.lgsp.monitoring.control.StatDelta;
import vn.gov.haiphong.lgsp.monitoring.control.StatKey;
import vn.gov.haiphong.lgsp.monitoring.control.StatisticsQuery;
import vn.gov.haiphong.lgsp.monitoring.control.StatisticsReport;
import vn.gov.haiphong.lgsp.monitoring.control.StatisticsWriter;

/**
 * The statistics bench (on demand, never in CI; run by bench/statistics.sh): generates a month of exchange records —
 * 40 services of 12 agencies, 120 consumer systems of 40 agencies, each service used by 10 of them (400 pairs), busier
 * in office hours, lognormal latencies, 1.5 % failures — sums them with the platform's own code ({@link Rollup},
 * {@link StatisticsWriter}) into a fresh database's {@code exchange_stat} (hour and day rows for the month, minute rows
 * for one day: what the questions below read), then times the platform's own reader ({@link StatisticsReport}) on
 * the questions an operator asks of a month.
 *
 *   bench/statistics.sh [--reuse] [exchanges (10000000)] [jdbc url (jdbc:postgresql://127.0.0.1:5432/lgsp_bench_statistics)] [user]
 *   (--reuse: only the questions, on the month generated before)
 */
public class StatisticsBench {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final LocalDate MONTH = LocalDate.of(2026, 11, 1);
    static final String[] ERRORS = {"Server.ServerProxy.ServiceFailed", "Server.ServerProxy.ServiceTimeout",
        "Server.ClientProxy.AccessDenied"};

    public static void main(String[] args) throws Exception {
        boolean reuse = args.length > 0 && args[0].equals("--reuse"); // time the questions again on the month generated
        if (reuse) {
            args = Arrays.copyOfRange(args, 1, args.length);
        }
        long total = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        String url = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:5432/lgsp_bench_statistics";
        String user = args.length > 2 ? args[2] : "postgres";
        String database = url.substring(url.lastIndexOf('/') + 1);
        if (reuse) {
            try (Connection c = DriverManager.getConnection(url, user, "")) {
                report(c, total);
            }
            return;
        }
        try (Connection admin = DriverManager.getConnection(url.substring(0, url.lastIndexOf('/') + 1) + "postgres", user, "");
             Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database);
            s.execute("CREATE DATABASE " + database);
        }
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            String v14 = Files.readString(Path.of("sql/V14__monitoring.sql"));
            String ddl = v14.substring(v14.indexOf("CREATE TABLE exchange_stat"), v14.indexOf("-- A service's active probe"));
            try (Statement s = c.createStatement()) {
                s.execute(ddl);
            }
            generate(c, total);
            c.setAutoCommit(true); // VACUUM runs outside a transaction
            try (Statement s = c.createStatement()) {
                s.execute("VACUUM ANALYZE exchange_stat");
            }
            report(c, total);
        }
    }

    /** The services (provider agency Hxx.yy) and, per service, the ten consumers that use it. */
    static final String[] SERVICES = new String[40];
    static final String[][] CONSUMERS = new String[40][10];

    static {
        Random random = new Random(19);
        for (int i = 0; i < SERVICES.length; i++) {
            SERVICES[i] = "VN/GOV/H24." + (10 + i % 12) + "/he-thong-" + i + "/dich-vu-" + i;
            for (int j = 0; j < 10; j++) {
                int consumer = random.nextInt(120);
                CONSUMERS[i][j] = "VN/GOV/H24." + (100 + consumer % 40) + "/he-thong-" + consumer;
            }
        }
    }

    static void generate(Connection c, long total) throws Exception {
        Random random = new Random(19);
        Rollup.Names names = new Rollup.Names() {
            public String service(String recorded) { return recorded; }
            public String client(String recorded) { return recorded; }
            public String agency(String name) { return name.split("/")[2]; }
        };
        Instant start = MONTH.atStartOfDay(VN).toInstant();
        Instant end = MONTH.plusMonths(1).atStartOfDay(VN).toInstant();
        Instant minuteDay = MONTH.withDayOfMonth(16).atStartOfDay(VN).toInstant();
        long minutes = Duration.between(start, end).toMinutes();
        // office hours (8–17 in Vietnam, weekdays) carry three times the traffic of other minutes
        double[] weight = new double[(int) minutes];
        double sum = 0;
        for (int m = 0; m < minutes; m++) {
            var at = start.plusSeconds(60L * m).atZone(VN);
            boolean office = at.getHour() >= 8 && at.getHour() < 17 && at.getDayOfWeek().getValue() <= 5;
            weight[m] = office ? 3 : 1;
            sum += weight[m];
        }
        c.setAutoCommit(false);
        long written = 0;
        long began = System.nanoTime();
        List<ExchangeRecord> batch = new ArrayList<>();
        double carry = 0;
        for (int m = 0; m < minutes; m++) {
            double exact = total * weight[m] / sum + carry;
            long n = (long) exact;
            carry = exact - n;
            Instant minute = start.plusSeconds(60L * m);
            for (long k = 0; k < n; k++) {
                int service = random.nextInt(SERVICES.length);
                Instant received = minute.plusNanos((long) (random.nextDouble() * 60e9));
                long micros = (long) Math.exp(10.3 + 0.8 * random.nextGaussian()); // median ≈ 30 ms
                boolean failed = random.nextInt(1000) < 15;
                batch.add(new ExchangeRecord(received, "x", "r", "REST", CONSUMERS[service][random.nextInt(10)],
                        SERVICES[service], "GET", "/", null, null, failed ? 502 : 200,
                        failed ? ERRORS[random.nextInt(ERRORS.length)] : null, 200 + random.nextInt(800),
                        500 + random.nextInt(20_000), null, null, received.plusNanos(500_000),
                        received.plusNanos(micros * 1000)));
            }
            if ((m + 1) % 60 == 0 || m == minutes - 1) { // an hour a batch
                boolean minuteRows = !minute.isBefore(minuteDay) && minute.isBefore(minuteDay.plus(Duration.ofDays(1)));
                Map<StatKey, StatDelta> rows = Rollup.of(batch, names, minuteRows ? EnumSet.allOf(StatKey.Span.class)
                        : EnumSet.of(StatKey.Span.HOUR, StatKey.Span.DAY));
                StatisticsWriter.write(rows, "bench-node", c);
                c.commit();
                written += batch.size();
                batch.clear();
            }
        }
        System.out.printf("generated %,d exchanges into the rollup in %.0f s%n", written,
                (System.nanoTime() - began) / 1e9);
    }

    static void report(Connection c, long total) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT span, count(*),"
                + " pg_size_pretty(sum(pg_column_size(exchange_stat.*))::bigint) FROM exchange_stat GROUP BY span ORDER BY span")) {
            while (rs.next()) {
                System.out.printf("  %-6s rows %,10d  (%s)%n", rs.getString(1), rs.getLong(2), rs.getString(3));
            }
        }
        Instant from = MONTH.atStartOfDay(VN).toInstant();
        Instant to = MONTH.plusMonths(1).atStartOfDay(VN).toInstant();
        Instant day = MONTH.withDayOfMonth(16).atStartOfDay(VN).toInstant();
        MonitoringScope everything = new MonitoringScope.Everything();
        time(c, "month by day, everything", () -> q(from, to, StatisticsQuery.Bucket.DAY, null, null, null, null), everything, total);
        time(c, "month by hour, everything", () -> q(from, to, StatisticsQuery.Bucket.HOUR, null, null, null, null), everything, total);
        time(c, "month as one month bucket", () -> q(from, to, StatisticsQuery.Bucket.MONTH, null, null, null, null), everything, total);
        time(c, "month by day, one service", () -> q(from, to, StatisticsQuery.Bucket.DAY, SERVICES[7], null, null, null), everything, -1);
        time(c, "month by hour, one consumer", () -> q(from, to, StatisticsQuery.Bucket.HOUR, null, CONSUMERS[3][0], null, null), everything, -1);
        time(c, "month by day, provider agency", () -> q(from, to, StatisticsQuery.Bucket.DAY, null, null, "H24.12", null), everything, -1);
        time(c, "month by day, an agency admin's scope", () -> q(from, to, StatisticsQuery.Bucket.DAY, null, null, null, null),
                new MonitoringScope.Agency("H24.105"), -1);
        time(c, "one day by minute, everything", () -> q(day, day.plus(Duration.ofDays(1)), StatisticsQuery.Bucket.MINUTE, null, null, null, null), everything, -1);
    }

    static StatisticsQuery q(Instant from, Instant to, StatisticsQuery.Bucket bucket, String service, String consumer,
                             String providerAgency, String consumerAgency) {
        return new StatisticsQuery(from, to, bucket, service, consumer, providerAgency, consumerAgency);
    }

    /** Runs the question 7 times; prints the first (cold) and the median of the rest. */
    static void time(Connection c, String name, Supplier<StatisticsQuery> question, MonitoringScope scope, long expected)
            throws Exception {
        long[] ms = new long[7];
        StatisticsReport answer = null;
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            answer = StatisticsReport.read(c, question.get(), scope);
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        long first = ms[0];
        long[] warm = Arrays.copyOfRange(ms, 1, ms.length);
        Arrays.sort(warm);
        System.out.printf("%-40s first %5d ms, median %5d ms  (%d buckets, %,d exchanges, p50 %.1f p99 %.1f ms)%n", name,
                first, warm[warm.length / 2], answer.buckets().size(), answer.total().exchanges(),
                answer.total().latencyMs().p50(), answer.total().latencyMs().p99());
        if (expected >= 0 && answer.total().exchanges() != expected) {
            throw new IllegalStateException(name + ": " + answer.total().exchanges() + " exchanges, expected " + expected);
        }
    }
}
