package vn.mamxanh.web;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A completion or request that breaks a rule of the regulation (DOMAIN.md §3). It is a
 * process engine exception so that, thrown from a task listener, it rolls the completion back
 * and the task stays open. Whatever route the request came by, it is answered as a 400 problem
 * detail naming the rule and the field. It is the engine's form field refusal in particular, which
 * the engine REST API answers with 400 and logs below ERROR: a refusal is an answer, not a fault.
 */
public class RuleViolationException extends FormFieldValidationException {

    /** Custom engine error codes start at 20000; this one marks a refused rule. */
    public static final int ENGINE_ERROR_CODE = 22000;
    public static final String REQUEST_ATTRIBUTE = RuleViolationException.class.getName();

    private final String rule;
    private final String field;

    public RuleViolationException(String rule, String field, String message) {
        super(field, message);
        setCode(ENGINE_ERROR_CODE);
        this.rule = rule;
        this.field = field;
        rememberForThisRequest();
    }

    /** A missing or malformed form field that no rule of the regulation names: answered the same way, without a rule. */
    public static RuleViolationException invalidField(String field, String message) {
        return new RuleViolationException(null, field, message);
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }

    /**
     * The engine REST layer turns exceptions into its own error body; the request keeps the
     * violation so {@link EngineRestProblemFilter} can answer with the rule and the field.
     */
    private void rememberForThisRequest() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(REQUEST_ATTRIBUTE, this, RequestAttributes.SCOPE_REQUEST);
        }
    }
}
