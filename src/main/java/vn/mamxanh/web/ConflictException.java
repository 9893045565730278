package vn.mamxanh.web;

/** The request is valid but the case is not in a state that allows it (e.g. a step already done). */
public class ConflictException extends RuntimeException {

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
