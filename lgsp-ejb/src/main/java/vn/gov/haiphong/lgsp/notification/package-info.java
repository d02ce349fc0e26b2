/**
 * Notifications (thông báo; Quy chế Đ.9.7, Đ.10.5f, Đ.14.2): an outbox written in the transaction of its cause
 * (an incident's step, a maintenance notice, a request filed or decided, a service disabled or retired, an
 * organisational change approved), delivered by e-mail through the server's mail session, retried with
 * back-off, sent once across the cluster (rows claimed with {@code SKIP LOCKED}); every attempt is kept, and what
 * cannot be delivered is marked so for the operator, never dropped.
 */
package vn.gov.haiphong.lgsp.notification;
