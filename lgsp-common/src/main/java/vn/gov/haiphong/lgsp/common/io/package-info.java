/** Streams every request path shares: a body read up to a limit and no further, and the base of streams that watch what is read. */
package vn.gov.haiphong.lgsp.common.io;
