package vn.mamxanh.security.login;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.mamxanh.organisation.PasswordProblems;
import vn.mamxanh.web.ProblemResponses;
import vn.mamxanh.web.Problems;

/**
 * The engine refuses a weak password set through its REST API (and Camunda Admin, which uses it)
 * with a 500 and an English message. This answers such requests first with a 400 problem detail
 * naming the field and saying in Vietnamese what the password lacks; the engine still enforces
 * the policy behind it.
 */
@Component
public class PasswordPolicyFilter extends OncePerRequestFilter {

    private final PasswordProblems problems;
    private final ProblemResponses responses;
    private final ObjectMapper json;

    public PasswordPolicyFilter(PasswordProblems problems, ProblemResponses responses, ObjectMapper json) {
        this.problems = problems;
        this.responses = responses;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean engine = path.startsWith("/engine-rest/user/") || path.matches("/camunda/api/engine/engine/[^/]+/user/.*");
        boolean setsPassword = path.endsWith("/user/create") || path.endsWith("/credentials");
        return !(engine && setsPassword && ("POST".equals(request.getMethod()) || "PUT".equals(request.getMethod())));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = request.getInputStream().readAllBytes();
        String password = passwordIn(body);
        List<String> weak = password == null ? List.of() : problems.of(password);
        if (!weak.isEmpty()) {
            String message = String.join(" ", weak);
            ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "du-lieu-khong-hop-le", "Mật khẩu chưa đạt yêu cầu", message);
            problem.setProperty("field", "password");
            // Camunda Admin shows the "message" property of an error.
            problem.setProperty("message", message);
            responses.write(request, response, problem);
            return;
        }
        chain.doFilter(new ReplayedBody(request, body), response);
    }

    private String passwordIn(byte[] body) {
        try {
            JsonNode tree = json.readTree(body);
            JsonNode password = tree.path("credentials").path("password");
            if (password.isMissingNode()) {
                password = tree.path("password");
            }
            return password.isTextual() ? password.asText() : null;
        } catch (IOException notJson) {
            // left for the engine to refuse as it does any malformed body
            return null;
        }
    }

    /** The request again, with the body already read put back for the engine. */
    private static final class ReplayedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReplayedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
