package vn.gov.haiphong.lgsp.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A public holiday (ngày nghỉ lễ, Tết; Bộ luật Lao động 2019 Đ.112): a day that is not a working day. */
@Entity
@Table(name = "public_holiday")
@NamedQuery(name = PublicHoliday.BETWEEN, query = "SELECT h FROM PublicHoliday h WHERE h.day >= :from AND h.day < :to"
        + " ORDER BY h.day")
@NamedQuery(name = PublicHoliday.ALL_DAYS, query = "SELECT h.day FROM PublicHoliday h")
public class PublicHoliday {

    public static final String BETWEEN = "PublicHoliday.between";
    public static final String ALL_DAYS = "PublicHoliday.allDays";

    @Id
    private LocalDate day;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    protected PublicHoliday() {
    }

    public PublicHoliday(LocalDate day, String nameVi, String nameEn) {
        this.day = day;
        rename(nameVi, nameEn);
    }

    public void rename(String vi, String en) {
        this.nameVi = vi;
        this.nameEn = en;
    }

    public LocalDate getDay() { return day; }
    public String getNameVi() { return nameVi; }
    public String getNameEn() { return nameEn; }
}
