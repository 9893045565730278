package vn.mamxanh.web;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** The one mapping from exceptions to problem details for the app's own API (RFC 9457). */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
public class ApiExceptionHandler {

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolation(RuleViolationException e) {
        return ruleProblem(e);
    }

    public static ProblemDetail ruleProblem(RuleViolationException e) {
        ProblemDetail problem = e.rule() == null
                ? Problems.of(HttpStatus.BAD_REQUEST, "du-lieu-khong-hop-le", "Dữ liệu không hợp lệ", e.getMessage())
                : Problems.of(HttpStatus.BAD_REQUEST, "vi-pham-quy-dinh", "Vi phạm quy định " + e.rule(), e.getMessage());
        if (e.rule() != null) {
            problem.setProperty("rule", e.rule());
        }
        problem.setProperty("field", e.field());
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
        return problem;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", messageOf(error)))
                .toList();
        String first = errors.isEmpty() ? "" : errors.get(0).get("field");
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "du-lieu-khong-hop-le", "Dữ liệu không hợp lệ",
                errors.isEmpty() ? "Dữ liệu gửi lên không hợp lệ." : errors.get(0).get("message"));
        problem.setProperty("field", first);
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        String field = "body";
        String detail = "Nội dung gửi lên không đúng định dạng JSON hoặc sai kiểu dữ liệu.";
        if (e.getCause() instanceof com.fasterxml.jackson.databind.JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            var reference = mapping.getPath().get(mapping.getPath().size() - 1);
            field = reference.getFieldName() != null ? reference.getFieldName() : String.valueOf(reference.getIndex());
            detail = "Giá trị của trường \"" + field + "\" sai kiểu dữ liệu.";
        } else if (e.getCause() instanceof com.fasterxml.jackson.core.JsonParseException parse
                && parse.getOriginalMessage() != null && parse.getOriginalMessage().startsWith("Duplicate field")) {
            field = parse.getOriginalMessage().replaceAll("^Duplicate field '(.*)'$", "$1");
            detail = "Trường \"" + field + "\" được gửi hai lần.";
        }
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "du-lieu-khong-doc-duoc", "Dữ liệu không đọc được", detail);
        problem.setProperty("field", field.length() > 64 ? field.substring(0, 64) : field);
        return problem;
    }

    /** Anything unforeseen: no SQL, no stack trace, no English, only that it failed and can be tried again. */
    @ExceptionHandler({org.springframework.dao.DataAccessException.class, org.camunda.bpm.engine.ProcessEngineException.class})
    ProblemDetail unexpected(Exception e) {
        // The engine wraps a listener's refusal in its own exception: the refusal is the answer.
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleViolationException rule) {
                return ruleProblem(rule);
            }
            if (cause instanceof AuthorizationException denied) {
                return forbidden(denied);
            }
            if (cause instanceof OptimisticLockingException concurrent) {
                return concurrentChange(concurrent);
            }
        }
        org.slf4j.LoggerFactory.getLogger(ApiExceptionHandler.class).error("Unexpected failure of an API request", e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "loi-he-thong", "Lỗi hệ thống",
                "Hệ thống chưa xử lý được yêu cầu. Hãy thử lại sau ít phút.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "du-lieu-khong-hop-le", "Dữ liệu không hợp lệ",
                "Giá trị của tham số '" + e.getName() + "' không hợp lệ.");
        problem.setProperty("field", e.getName());
        return problem;
    }

    @ExceptionHandler({NotFoundException.class, NullValueException.class, NoResourceFoundException.class})
    ProblemDetail notFound(Exception e) {
        String detail = e instanceof NotFoundException ? e.getMessage() : "Không tìm thấy tài nguyên được yêu cầu.";
        return Problems.of(HttpStatus.NOT_FOUND, "khong-tim-thay", "Không tìm thấy", detail);
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationException.class})
    ProblemDetail forbidden(Exception e) {
        return Problems.of(HttpStatus.FORBIDDEN, "khong-co-quyen", "Không có quyền",
                "Bạn không có quyền thực hiện thao tác này.");
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return conflictProblem(e);
    }

    /** Two people changed the same thing at once; the one who lost is told so, nothing of theirs was kept. */
    @ExceptionHandler(OptimisticLockingException.class)
    ProblemDetail concurrentChange(OptimisticLockingException e) {
        return conflictProblem(new ConflictException("taskId", "Dữ liệu này vừa được người khác thay đổi cùng lúc; "
                + "dữ liệu bạn gửi không được ghi. Hãy tải lại và thử lại."));
    }

    public static ProblemDetail conflictProblem(ConflictException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "xung-dot-trang-thai", "Không thể thực hiện lúc này",
                e.getMessage());
        problem.setProperty("field", e.field());
        return problem;
    }

    private static String messageOf(FieldError error) {
        return error.getDefaultMessage() == null ? "Giá trị không hợp lệ." : error.getDefaultMessage();
    }
}
