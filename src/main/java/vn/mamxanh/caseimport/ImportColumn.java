package vn.mamxanh.caseimport;

/** The columns of the import sheet, in order, with the Vietnamese headers a branch fills in. */
enum ImportColumn {
    FULL_NAME("Họ và tên", true, "Họ và tên đầy đủ, có dấu."),
    DATE_OF_BIRTH("Ngày sinh", true, "Dạng ngày/tháng/năm, ví dụ 12/05/1998."),
    GENDER("Giới tính", true, "Nam hoặc Nữ."),
    ID_NUMBER("Số căn cước công dân", true, "Đúng 12 chữ số; mỗi người chỉ một dòng."),
    ETHNICITY("Dân tộc", false, "Ví dụ: Kinh."),
    RELIGION("Tôn giáo", false, "Ví dụ: Không."),
    EDUCATION("Trình độ giáo dục phổ thông", true,
            "Tiểu học; Trung học cơ sở; Trung học phổ thông; hoặc Trung cấp, cao đẳng, đại học trở lên."),
    OCCUPATION("Nghề nghiệp", false, ""),
    RESIDENCE("Nơi cư trú", false, ""),
    YOUTH_UNION("Đoàn viên", false, "Có hoặc Không (để trống là Không)."),
    BRANCH("Chi bộ", true, "Tên chi bộ như trong hệ thống, ví dụ Chi bộ thôn Đông."),
    STAGE("Giai đoạn hiện tại", true,
            "Tạo nguồn (chờ chi bộ xét tiếp nhận); Bồi dưỡng, giúp đỡ; Học lớp nhận thức về Đảng (chờ đề nghị cử đi học); "
                    + "hoặc Hoàn thiện hồ sơ (đã có giấy chứng nhận)."),
    MENTOR("Đảng viên giúp đỡ", false,
            "Họ tên hoặc tên đăng nhập của một đảng viên chính thức của chi bộ; bắt buộc từ giai đoạn Bồi dưỡng, giúp đỡ."),
    CERTIFICATE_NUMBER("Số giấy chứng nhận lớp nhận thức", false, "Bắt buộc ở giai đoạn Hoàn thiện hồ sơ."),
    CERTIFICATE_ISSUED_ON("Ngày cấp giấy chứng nhận", false, "Ngày/tháng/năm; bắt buộc ở giai đoạn Hoàn thiện hồ sơ.");

    private final String header;
    private final boolean required;
    private final String note;

    ImportColumn(String header, boolean required, String note) {
        this.header = header;
        this.required = required;
        this.note = note;
    }

    String header() {
        return header;
    }

    boolean required() {
        return required;
    }

    String note() {
        return note;
    }
}
