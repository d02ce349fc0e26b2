package vn.gov.haiphong.lgsp.web.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVPrinter;
import vn.gov.haiphong.lgsp.exchangelog.boundary.ExchangeSearch.ExchangeView;
import vn.gov.haiphong.lgsp.exchangelog.control.ExchangeRecord;
import vn.gov.haiphong.lgsp.web.common.CsvAnswers;

/** Exchange records as CSV, one line per record, written as they are read (the export of the exchange-log search). */
final class ExchangeCsv {

    static final List<String> HEADER = List.of("node", "seq", "received_at", "xroad_id", "request_id", "protocol",
            "client", "service", "method", "operation", "user_id", "issue", "status", "error_code", "request_bytes",
            "response_bytes", "request_sha256", "response_sha256", "forwarded_at", "answered_at");

    private ExchangeCsv() {
    }

    /** Writes the header, then every record {@code export} hands over, to {@code out}. */
    static void write(OutputStream out, Consumer<Consumer<ExchangeView>> export) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(CsvAnswers.BOM + String.join(",", HEADER) + "\r\n");
        CSVPrinter printer = CsvAnswers.FORMAT.print(writer);
        try {
            export.accept(view -> {
                try {
                    printer.printRecord(row(view));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printer.flush();
    }

    private static List<String> row(ExchangeView view) {
        ExchangeRecord r = view.exchange();
        return java.util.Arrays.asList(CsvAnswers.cell(view.node()), Long.toString(view.seq()), CsvAnswers.cell(r.receivedAt()),
                CsvAnswers.cell(r.xroadId()), CsvAnswers.cell(r.requestId()), CsvAnswers.cell(r.protocol()),
                CsvAnswers.cell(r.client()), CsvAnswers.cell(r.service()), CsvAnswers.cell(r.method()),
                CsvAnswers.cell(r.operation()), CsvAnswers.cell(r.userId()), CsvAnswers.cell(r.issue()),
                Integer.toString(r.status()), CsvAnswers.cell(r.errorCode()), Long.toString(r.requestBytes()),
                Long.toString(r.responseBytes()), CsvAnswers.cell(r.requestSha256()), CsvAnswers.cell(r.responseSha256()),
                CsvAnswers.cell(r.forwardedAt()), CsvAnswers.cell(r.answeredAt()));
    }
}
