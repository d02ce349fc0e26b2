package vn.gov.haiphong.lgsp.common.text;

import java.util.regex.Pattern;

/**
 * CSV injection (OWASP "CSV Injection"): a cell that starts with {@code =}, {@code +}, {@code -}, {@code @},
 * a tab or a carriage return is run as a formula by Excel, LibreOffice and Google Sheets when an agency
 * opens a downloaded list — {@code =HYPERLINK(…)} leaks data, {@code =cmd|…} ran programs. The one rule for
 * both directions: imports refuse such cells, exports neutralise them.
 *
 * <p>A plain number ({@code -5}, {@code +84}, {@code -0.75}) is not a formula: spreadsheets read it as the
 * number it is, and negative values are legitimate in numeric attributes, so it passes unchanged.
 */
public final class SpreadsheetFormula {

    private static final String TRIGGERS = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

    private SpreadsheetFormula() {
    }

    /** Whether a spreadsheet would take {@code cell} as a formula. */
    public static boolean isFormula(String cell) {
        return cell != null && !cell.isEmpty() && TRIGGERS.indexOf(cell.charAt(0)) >= 0
                && !PLAIN_NUMBER.matcher(cell).matches();
    }

    /**
     * The cell as a spreadsheet shows it but never evaluates: a leading single quote marks it as text. The
     * writer must also quote such a cell ({@code CSVFormat} with {@code QuoteMode.ALL_NON_NULL}), so a
     * leading tab or carriage return stays inside it.
     */
    public static String neutralised(String cell) {
        return isFormula(cell) ? "'" + cell : cell;
    }
}
