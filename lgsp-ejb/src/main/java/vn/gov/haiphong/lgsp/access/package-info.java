/**
 * Access rights (quyền khai thác; Quy chế Đ.8.1, Đ.9.4, Đ.13.2; Nghị định 47/2020 Đ.35): system groups,
 * rights granted by the authority through access requests (the provider consents within five working
 * days) or directly, the cached {@code AccessPolicy} that decides every call, and the X-Road metadata
 * services answered from the caller's point of view.
 */
package vn.gov.haiphong.lgsp.access;
