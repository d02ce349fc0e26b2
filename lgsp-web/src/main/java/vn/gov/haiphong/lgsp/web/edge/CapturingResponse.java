package vn.gov.haiphong.lgsp.web.edge;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;

/** Passes a response through unchanged and keeps a copy of its body, up to a limit. */
final class CapturingResponse extends HttpServletResponseWrapper {

    private final int limit;
    private final ByteArrayOutputStream copy = new ByteArrayOutputStream(4096);
    private boolean overflow;
    private ServletOutputStream stream;

    CapturingResponse(HttpServletResponse response, int limit) {
        super(response);
        this.limit = limit;
    }

    /** The whole body as written, or null when it was not all seen (too large, or written as characters). */
    byte[] captured() {
        return overflow ? null : copy.toByteArray();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        overflow = true; // characters bypass the copy: do not keep this answer
        return super.getWriter();
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            ServletOutputStream out = super.getOutputStream();
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                    keep(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    out.write(bytes, offset, length);
                    keep(bytes, offset, length);
                }

                @Override
                public void flush() throws IOException {
                    out.flush();
                }

                @Override
                public void close() throws IOException {
                    out.close();
                }

                @Override
                public boolean isReady() {
                    return out.isReady();
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    out.setWriteListener(listener);
                }
            };
        }
        return stream;
    }

    private void keep(byte[] bytes, int offset, int length) {
        if (overflow || copy.size() + length > limit) {
            overflow = true;
            return;
        }
        copy.write(bytes, offset, length);
    }
}
