package vn.mamxanh.candidate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The candidate withdraws (xin rút); the secretary records it with the reason. */
public record WithdrawalRequest(
        @NotBlank(message = "Vui lòng nhập lý do rút khỏi quá trình xem xét.")
        @Size(max = 900, message = "Lý do tối đa 900 ký tự.")
        String reason) {
}
