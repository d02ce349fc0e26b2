package vn.gov.haiphong.lgsp.document.control;

import com.lowagie.text.pdf.BaseFont;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one typeface of every document: Liberation Sans, which has the Vietnamese letters (ă, ơ, ư, đ and their tone
 * marks). The build copies it from PDFBox's jar on Maven Central next to this class, so no system font is needed.
 * The file is read once; the PDF font embeds only the glyphs a document uses (subset, Identity-H encoding).
 */
public final class ReportFont {

    private static final String RESOURCE = "LiberationSans-Regular.ttf";
    private static final byte[] TRUE_TYPE = load();

    private ReportFont() {
    }

    /** A new PDF font over the embedded file: OpenPDF keeps the used glyphs per font object, i.e. per document. */
    static BaseFont pdf() {
        try {
            return BaseFont.createFont(RESOURCE, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, TRUE_TYPE, null);
        } catch (IOException e) {
            throw new UncheckedIOException("the report font cannot be read", e);
        }
    }

    /** The same face for drawing (chart titles, axes, labels), at the given style and size. */
    static Font awt(int style, float size) {
        return AwtHolder.PLAIN.deriveFont(style, size);
    }

    private static byte[] load() {
        try (InputStream in = ReportFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath (copied by the build)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the report font cannot be read", e);
        }
    }

    /** Created on first use: AWT starts only when a chart is drawn. */
    private static final class AwtHolder {
        static final Font PLAIN = create();

        private static Font create() {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(TRUE_TYPE));
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("the report font cannot be read by AWT", e);
            }
        }
    }
}
