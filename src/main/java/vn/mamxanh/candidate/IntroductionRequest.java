package vn.mamxanh.candidate;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a mass organisation sends when it introduces an outstanding person to a branch (stage 1). */
public record IntroductionRequest(
        @NotBlank(message = "Vui lòng nhập họ và tên.") @Size(max = 255, message = "Họ và tên tối đa 255 ký tự.")
        String fullName,
        @NotNull(message = "Vui lòng nhập ngày sinh.") @Past(message = "Ngày sinh phải trước ngày hôm nay.")
        LocalDate dateOfBirth,
        @NotBlank(message = "Vui lòng chọn giới tính.") @Pattern(regexp = "NAM|NU", message = "Giới tính là NAM hoặc NU.")
        String gender,
        @NotBlank(message = "Vui lòng nhập số căn cước công dân.")
        @Pattern(regexp = "\\d{12}", message = "Số căn cước công dân gồm đúng 12 chữ số.")
        String idNumber,
        @Size(max = 64, message = "Dân tộc tối đa 64 ký tự.") String ethnicity,
        @Size(max = 64, message = "Tôn giáo tối đa 64 ký tự.") String religion,
        @NotNull(message = "Vui lòng chọn trình độ giáo dục phổ thông.") EducationLevel educationLevel,
        @Size(max = 255, message = "Nghề nghiệp tối đa 255 ký tự.") String occupation,
        @Size(max = 500, message = "Nơi cư trú tối đa 500 ký tự.") String residenceAddress,
        @NotBlank(message = "Vui lòng chọn chi bộ tiếp nhận.") @Size(max = 64, message = "Mã chi bộ tối đa 64 ký tự.") String branchId,
        boolean youthUnionMember) {
}
