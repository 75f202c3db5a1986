package vn.boiduong.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A file never lands inside the page. htmx swaps whatever a boosted link or an {@code hx-get} receives into the page,
 * so an XLSX answered to such a request would fill the screen with {@code PK…xl/worksheets}. The page script lets the
 * browser itself follow links to files (app.js); should a file request still come through htmx (a link the script did
 * not recognise), this filter drops the file and answers {@code HX-Redirect} to the same address, so htmx hands the
 * address to the browser, which downloads the file as from a plain link. Only GET requests sent by htmx are watched;
 * pages and fragments pass through untouched.
 */
@Component
class FileDownloadsForHtmx extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !"true".equals(request.getHeader("HX-Request"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        FileCatcher catcher = new FileCatcher(response);
        chain.doFilter(request, catcher);
        if (catcher.file) {
            // nothing of the file reached the response (its type, disposition and bytes were held back): no reset needed,
            // so the security headers stay
            String query = request.getQueryString();
            response.setStatus(HttpServletResponse.SC_OK);
            response.setHeader("HX-Redirect", request.getRequestURI() + (query == null ? "" : "?" + query));
            response.setContentLength(0);
        }
    }

    /** A content type of a page or a fragment (anything else is a file). */
    static boolean page(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/html") || type.startsWith("application/json") || type.startsWith("text/plain")
                || type.startsWith("application/problem") || type.startsWith("text/event-stream");
    }

    /** Passes pages through; once the answer turns out to be a file, keeps its headers and bytes from the client. */
    private static final class FileCatcher extends HttpServletResponseWrapper {

        boolean file;

        FileCatcher(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setContentType(String type) {
            if (type != null && !page(type)) {
                file = true;
            }
            if (!file) {
                super.setContentType(type);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (watch(name, value)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (watch(name, value)) {
                super.addHeader(name, value);
            }
        }

        private boolean watch(String name, String value) {
            if ("Content-Disposition".equalsIgnoreCase(name)) {
                file = true;
            } else if ("Content-Type".equalsIgnoreCase(name) && value != null && !page(value)) {
                file = true;
            }
            return !file;
        }

        @Override
        public void setContentLength(int length) {
            if (!file) {
                super.setContentLength(length);
            }
        }

        @Override
        public void setContentLengthLong(long length) {
            if (!file) {
                super.setContentLengthLong(length);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            return file ? new Discard() : super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            return file ? new PrintWriter(Writer.nullWriter()) : super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            if (!file) {
                super.flushBuffer();
            }
        }
    }

    private static final class Discard extends ServletOutputStream {

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
        }
    }
}
