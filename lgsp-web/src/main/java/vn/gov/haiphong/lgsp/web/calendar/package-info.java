/** REST resources of the holiday calendar (lịch ngày nghỉ lễ): {@code /admin/v1/holidays}. */
package vn.gov.haiphong.lgsp.web.calendar;
