package vn.gov.haiphong.lgsp.common.jdbc;

import java.nio.charset.StandardCharsets;

/**
 * Rows in PostgreSQL's {@code COPY} text format: columns separated by a tab, rows ended by a newline, null as
 * {@code \N}, and backslash, tab, newline and carriage return escaped with a backslash — so no value can end
 * a column or a row early.
 */
public final class CopyText {

    private final StringBuilder text = new StringBuilder(256);
    private boolean rowStarted;

    public CopyText add(Object value) {
        if (rowStarted) {
            text.append('\t');
        }
        rowStarted = true;
        if (value == null) {
            text.append("\\N");
            return this;
        }
        String s = value.toString();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(ch);
            }
        }
        return this;
    }

    public CopyText endRow() {
        text.append('\n');
        rowStarted = false;
        return this;
    }

    public byte[] utf8() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
