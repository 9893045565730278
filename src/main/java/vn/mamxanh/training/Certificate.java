package vn.mamxanh.training;

import java.time.LocalDate;

/** The awareness-class certificate (giấy chứng nhận) a candidate holds. */
public record Certificate(String number, LocalDate issuedOn) {
}
