/** The admin REST API of notifications ({@code /admin/v1/notifications}): what was sent to whom, and every attempt. */
package vn.gov.haiphong.lgsp.web.notification;
