package vn.mamxanh.organisation.admin;

/** A request an administrator sent that cannot be carried out as given; names the field to fix. */
class InvalidInputException extends RuntimeException {

    private final String field;

    InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
