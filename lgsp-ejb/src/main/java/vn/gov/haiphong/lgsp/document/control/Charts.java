package vn.gov.haiphong.lgsp.document.control;

import java.awt.Color;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The charts of the reports (JFreeChart), drawn in the report font so their Vietnamese labels print. Build one
 * here or with {@link ChartFactory} and hand it to {@link PdfReport#chart}, which applies the same style.
 */
public final class Charts {

    private Charts() {
    }

    /**
     * Horizontal bars, one per label (agency, service…), grouped by series (outcome, month…):
     * {@code values.get(series).get(label)}. Labels keep the order of the maps.
     */
    public static JFreeChart bars(String title, String valueAxis,
            Map<String, ? extends Map<String, ? extends Number>> values) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        values.forEach((series, byLabel) -> byLabel.forEach((label, value) -> data.addValue(value, series, label)));
        return ChartFactory.createBarChart(title, null, valueAxis, data, PlotOrientation.HORIZONTAL,
                values.size() > 1, false, false);
    }

    /** Applies the report font and plain colours to any chart. */
    static void style(JFreeChart chart) {
        StandardChartTheme theme = new StandardChartTheme("lgsp");
        theme.setExtraLargeFont(ReportFont.awt(java.awt.Font.BOLD, 16));
        theme.setLargeFont(ReportFont.awt(java.awt.Font.BOLD, 12));
        theme.setRegularFont(ReportFont.awt(java.awt.Font.PLAIN, 11));
        theme.setSmallFont(ReportFont.awt(java.awt.Font.PLAIN, 9));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(Color.LIGHT_GRAY);
        theme.setRangeGridlinePaint(Color.LIGHT_GRAY);
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.apply(chart);
    }
}
