/** The admin REST API of backups ({@code /admin/v1/backups}): take one, list them, read one and download its files. */
package vn.gov.haiphong.lgsp.web.backup;
