package org.guanai.registry.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import org.springframework.core.annotation.Order;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A page goes out whole, once every filter is done with it. Thymeleaf flushes the writer when a page is
 * rendered; the session filter took that flush for the end of the response, saved the session, and saved it
 * again when the request ended, reading the session row a second time (decision 015). Here, just
 * inside the session filter, a page's writer ignores flushes, and Tomcat holds up to {@link #BUFFER_SIZE}
 * instead of 8 KB, so the page is sent with its length when the request ends (decision 015). The output stream
 * and the response ignore flushes too: a JSON answer (the health check) flushed them, and the session was read
 * twice as well; downloads still stream, a buffer at a time.
 */
@Component
@Order(SessionRepositoryFilter.DEFAULT_ORDER + 1)
public class ResponseBuffering extends OncePerRequestFilter {

    /** Tomcat keeps a buffer up to 16 × 8 KB between requests instead of allocating it again. */
    static final int BUFFER_SIZE = 128 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setBufferSize(BUFFER_SIZE);
        chain.doFilter(request, new PageHeldUntilDone(response));
    }

    private static final class PageHeldUntilDone extends HttpServletResponseWrapper {

        private PrintWriter writer;
        private ServletOutputStream stream;

        PageHeldUntilDone(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                writer = new PrintWriter(super.getWriter(), false) {
                    @Override
                    public void flush() {
                        // Held: the container sends the page when the request ends.
                    }
                };
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            // Held, as the writer's and the stream's flushes are.
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                stream = new FlushesHeld(super.getOutputStream());
            }
            return stream;
        }
    }

    /** The container's stream, whose flushes wait for the end of the request (or a full buffer). */
    private static final class FlushesHeld extends ServletOutputStream {

        private final ServletOutputStream out;

        FlushesHeld(ServletOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void flush() {
            // Held: the container sends what is left when the request ends.
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
    }
}
