package vn.mamxanh.web;

/** The thing asked for does not exist, or is outside what the caller may see. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
