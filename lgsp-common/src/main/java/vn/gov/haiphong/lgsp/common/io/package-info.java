/** Streams every request path shares: a body read up to a limit and no further. */
package vn.gov.haiphong.lgsp.common.io;
