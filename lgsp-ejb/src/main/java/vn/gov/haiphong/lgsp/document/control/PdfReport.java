package vn.gov.haiphong.lgsp.document.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;

/**
 * A PDF document written top to bottom onto a stream (OpenPDF): a title, then headings, paragraphs, tables and
 * charts in the order they are added. Every text is in the embedded {@link ReportFont}, so Vietnamese reads the
 * same on any reader. Pages are A4 with a numbered footer. Long tables are flushed to the stream every
 * {@value #FLUSH_ROWS} rows, so a document's memory does not grow with its length.
 *
 * <pre>{@code
 * try (PdfReport pdf = PdfReport.open(out, "Báo cáo tháng 11/2026", "Đơn vị vận hành LGSP")) {
 *     pdf.heading("Trao đổi dữ liệu").paragraph("…").table(header, rows).chart(Charts.bars(…));
 * }
 * }</pre>
 *
 * Not thread-safe: one report is written by one thread.
 */
public final class PdfReport implements AutoCloseable {

    static final int FLUSH_ROWS = 200;
    /** A number, a percentage or an amount with its unit stays right-aligned in a table cell. */
    private static final Pattern NUMERIC = Pattern.compile("[-+]?[\\d.,]+\\s?(%|ms|s|h|ngày)?");
    private static final Color HEADER_FILL = new Color(0xE4, 0xEC, 0xF7);
    private static final Color RULE = new Color(0x9A, 0xA8, 0xBA);
    /** Charts are drawn at twice their printed size, so they stay sharp when zoomed or printed. */
    private static final int CHART_SCALE = 2;

    private final Document document;
    private final Font title;
    private final Font heading;
    private final Font body;
    private final Font small;
    private final Font tableHeader;

    private PdfReport(OutputStream out, String titleText, String subtitle) {
        BaseFont face = ReportFont.pdf();
        this.title = new Font(face, 18, Font.BOLD);
        this.heading = new Font(face, 13, Font.BOLD);
        this.body = new Font(face, 10);
        this.small = new Font(face, 8, Font.NORMAL, Color.DARK_GRAY);
        this.tableHeader = new Font(face, 9, Font.BOLD);
        this.document = new Document(PageSize.A4, 48, 48, 48, 56);
        try {
            PdfWriter.getInstance(document, out);
        } catch (DocumentException e) {
            throw new IllegalStateException("the PDF writer cannot start", e);
        }
        document.addTitle(titleText);
        document.addCreator("LGSP Hải Phòng");
        HeaderFooter footer = new HeaderFooter(new Phrase(titleText + " — trang ", small), true);
        footer.setAlignment(Element.ALIGN_RIGHT);
        footer.setBorder(Rectangle.TOP);
        footer.setBorderColor(RULE);
        document.setFooter(footer);
        document.open();
        add(paragraph(titleText, this.title, 4));
        if (subtitle != null && !subtitle.isBlank()) {
            add(paragraph(subtitle, small, 12));
        }
    }

    /** Opens a document on {@code out} (which the caller closes after this report) with its title line. */
    public static PdfReport open(OutputStream out, String title, String subtitle) {
        return new PdfReport(out, title, subtitle);
    }

    public PdfReport heading(String text) {
        Paragraph p = paragraph(text, heading, 6);
        p.setSpacingBefore(12);
        return add(p);
    }

    public PdfReport paragraph(String text) {
        return add(paragraph(text, body, 6));
    }

    /** A table with a header row repeated on every page; cells holding a number are right-aligned. */
    public PdfReport table(List<String> header, List<? extends List<String>> rows) {
        try (TableWriter table = beginTable(header)) {
            rows.forEach(table::row);
        }
        return this;
    }

    /**
     * A table written row by row, for rows read from a stream (a cursor over the statistics): every
     * {@value #FLUSH_ROWS} rows the finished part goes to the PDF.
     */
    public TableWriter beginTable(List<String> header) {
        return new TableWriter(header);
    }

    /** A chart (see {@link Charts}) as an image the width of the text. */
    public PdfReport chart(JFreeChart chart, int width, int height) {
        Charts.style(chart);
        try {
            Image image = Image.getInstance(
                    chart.createBufferedImage(width * CHART_SCALE, height * CHART_SCALE, width, height, null), null);
            image.scaleToFit(document.getPageSize().getWidth() - document.leftMargin() - document.rightMargin(),
                    height);
            image.setAlignment(Element.ALIGN_CENTER);
            image.setSpacingAfter(8);
            return add(image);
        } catch (IOException e) {
            throw new UncheckedIOException("the chart cannot be drawn", e);
        }
    }

    @Override
    public void close() {
        document.close();
    }

    private PdfReport add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("the PDF cannot take the element", e);
        }
        return this;
    }

    private static Paragraph paragraph(String text, Font font, float after) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingAfter(after);
        return p;
    }

    /** One table being written; {@link #close()} adds its last rows. */
    public final class TableWriter implements AutoCloseable {

        private final PdfPTable table;
        private int pending;

        private TableWriter(List<String> header) {
            table = new PdfPTable(header.size());
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            table.setSpacingBefore(4);
            table.setSpacingAfter(8);
            // Written in parts: the header stays with every part and the table's borders close only at the end.
            table.setComplete(false);
            header.forEach(text -> {
                PdfPCell cell = cell(text, tableHeader);
                cell.setBackgroundColor(HEADER_FILL);
                table.addCell(cell);
            });
        }

        public TableWriter row(List<String> cells) {
            if (cells.size() != table.getNumberOfColumns()) {
                throw new IllegalArgumentException("a row of " + cells.size() + " cells in a table of "
                        + table.getNumberOfColumns() + " columns");
            }
            cells.forEach(text -> table.addCell(cell(text, body)));
            if (++pending == FLUSH_ROWS) {
                add(table);
                pending = 0;
            }
            return this;
        }

        @Override
        public void close() {
            table.setComplete(true);
            add(table);
        }

        private PdfPCell cell(String text, Font font) {
            String value = text == null ? "" : text;
            PdfPCell cell = new PdfPCell(new Phrase(new Chunk(value, font)));
            cell.setPadding(4);
            cell.setBorderColor(RULE);
            cell.setHorizontalAlignment(NUMERIC.matcher(value).matches() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            return cell;
        }
    }
}
