package vn.mamxanh.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** One shape for every error answer: a stable code in {@code type}, Vietnamese text for people. */
public final class Problems {

    public static final String TYPE_BASE = "urn:mamxanh:problem:";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String code, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + code));
        problem.setTitle(title);
        return problem;
    }
}
