package vn.gov.haiphong.lgsp.report.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/** A report's document in one format, byte for byte as it was generated. */
@Entity
@Immutable
@Table(name = "report_document")
@IdClass(ReportDocument.Key.class)
public class ReportDocument {

    /** The stored formats; JSON is the report's figures themselves. */
    public enum Format { PDF, CSV }

    @Id
    @Column(name = "report_id")
    private Long reportId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 4)
    private Format format;

    @Column(nullable = false)
    private byte[] content;

    protected ReportDocument() {
    }

    public ReportDocument(long reportId, Format format, byte[] content) {
        this.reportId = reportId;
        this.format = format;
        this.content = content;
    }

    public byte[] getContent() { return content; }

    /** The composite key. */
    public static class Key implements Serializable {
        private Long reportId;
        private Format format;

        public Key() {
        }

        public Key(Long reportId, Format format) {
            this.reportId = reportId;
            this.format = format;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(reportId, k.reportId) && format == k.format;
        }

        @Override
        public int hashCode() {
            return Objects.hash(reportId, format);
        }
    }
}
