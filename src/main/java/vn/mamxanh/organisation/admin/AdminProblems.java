package vn.mamxanh.organisation.admin;

import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.mamxanh.web.Problems;

/** Administrators' mistakes as 400 problem details naming the field, like every other API answer. */
@RestControllerAdvice(assignableTypes = OrganisationAdminApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminProblems {

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "du-lieu-khong-hop-le", "Dữ liệu không hợp lệ", e.getMessage());
        problem.setProperty("field", e.field());
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
        return problem;
    }
}
