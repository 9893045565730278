package vn.mamxanh.demo;

import static vn.mamxanh.demo.Milestone.*;

import java.time.LocalDate;
import java.util.List;

import vn.mamxanh.organisation.DemoOrganisation;

/**
 * The people of the demo province's case files, one or two at every stage of the path. Citizen ids
 * follow the real pattern: province 087 (Đồng Tháp), then century and gender, then year of birth.
 */
public final class DemoCandidates {

    private static final String EAST = DemoOrganisation.BRANCH_EAST;
    private static final String WEST = DemoOrganisation.BRANCH_WEST;
    private static final String MY_PHU = DemoOrganisation.WARD_BRANCH_EAST;
    private static final String MY_THUAN = DemoOrganisation.WARD_BRANCH_WEST;

    public static final List<DemoCandidate> ALL = List.of(
            new DemoCandidate("Trần Minh Khoa", LocalDate.of(2001, 8, 17), "NAM", "087201004512", "TERTIARY",
                    "Kỹ sư nông nghiệp, Hợp tác xã Đông Hòa", "Tổ 2, thôn Đông, xã An Hòa", EAST, true, 2, 0, INTRODUCED),
            new DemoCandidate("Nguyễn Thị Thu Hà", LocalDate.of(1996, 2, 9), "NU", "087196007731", "TERTIARY",
                    "Giáo viên Trường Tiểu học An Hòa", "Tổ 5, thôn Đông, xã An Hòa", EAST, true, 50, 1, MENTORING),
            new DemoCandidate("Lê Hoàng Phúc", LocalDate.of(1993, 11, 30), "NAM", "087093002468", "UPPER_SECONDARY",
                    "Chủ trang trại nuôi cá tra", "Tổ 1, thôn Đông, xã An Hòa", EAST, false, 125, 2, REPORT_OVERDUE),
            new DemoCandidate("Đặng Quốc Bảo", LocalDate.of(1995, 9, 25), "NAM", "087095001139", "UPPER_SECONDARY",
                    "Công nhân Nhà máy xay xát Thanh Bình", "Tổ 4, thôn Đông, xã An Hòa", EAST, false, 95, 1, WITHDRAWN),
            new DemoCandidate("Phạm Ngọc Ánh", LocalDate.of(1999, 5, 21), "NU", "087199003357", "TERTIARY",
                    "Y sĩ Trạm Y tế xã An Hòa", "Tổ 3, thôn Đông, xã An Hòa", EAST, true, 160, 3, CLASS_PROPOSED),
            new DemoCandidate("Võ Thành Đạt", LocalDate.of(1990, 1, 12), "NAM", "087090005813", "UPPER_SECONDARY",
                    "Trưởng ban công tác Mặt trận thôn Đông", "Tổ 6, thôn Đông, xã An Hòa", EAST, false, 230, 3, DOSSIER_COMPLETE),
            new DemoCandidate("Huỳnh Thị Kim Ngân", LocalDate.of(1988, 7, 4), "NU", "087188006624", "TERTIARY",
                    "Kế toán Ủy ban nhân dân xã An Hòa", "Tổ 2, thôn Đông, xã An Hòa", EAST, false, 190, 3, BRANCH_VOTE_PASSED),
            new DemoCandidate("Đoàn Văn Hiếu", LocalDate.of(1991, 3, 14), "NAM", "087091003318", "UPPER_SECONDARY",
                    "Tổ trưởng tổ hợp tác sản xuất lúa", "Tổ 3, thôn Đông, xã An Hòa", EAST, false, 200, 3, GRASSROOTS_VOTED),
            new DemoCandidate("Phan Thanh Sơn", LocalDate.of(1987, 11, 2), "NAM", "087087006193", "TERTIARY",
                    "Phó Chủ tịch Hội Nông dân xã An Hòa", "Tổ 5, thôn Đông, xã An Hòa", EAST, false, 280, 3, DECISION_OVERDUE),
            new DemoCandidate("Lương Văn Thịnh", LocalDate.of(1989, 6, 30), "NAM", "087089007420", "UPPER_SECONDARY",
                    "Trưởng thôn Đông", "Tổ 1, thôn Đông, xã An Hòa", EAST, false, 400, 3, PROBATION),
            new DemoCandidate("Kiều Minh Nhật", LocalDate.of(1990, 9, 5), "NAM", "087090004071", "TERTIARY",
                    "Kỹ thuật viên Trạm Khuyến nông xã An Hòa", "Tổ 6, thôn Đông, xã An Hòa", EAST, false, 650, 3, RECOGNISED),
            new DemoCandidate("Bùi Văn Tài", LocalDate.of(1985, 3, 18), "NAM", "087085009901", "LOWER_SECONDARY",
                    "Nông dân sản xuất lúa giỏi", "Ấp Tây Bình, thôn Tây, xã An Hòa", WEST, false, 1, 0, INTRODUCED),
            new DemoCandidate("Trương Thị Bích Ngọc", LocalDate.of(1997, 12, 2), "NU", "087197004420", "TERTIARY",
                    "Nhân viên bưu điện văn hóa xã", "Ấp Tây Hòa, thôn Tây, xã An Hòa", WEST, true, 40, 0, DECLINED),
            new DemoCandidate("Châu Minh Tuấn", LocalDate.of(1983, 4, 27), "NAM", "087083005547", "UPPER_SECONDARY",
                    "Thợ cơ khí", "Ấp Tây Bình, thôn Tây, xã An Hòa", WEST, false, 130, 2, NOT_READY),
            new DemoCandidate("Mai Văn Lực", LocalDate.of(1992, 6, 15), "NAM", "087092008135", "TERTIARY",
                    "Cán bộ Đoàn xã An Hòa", "Ấp Tây Hòa, thôn Tây, xã An Hòa", WEST, false, 200, 3, CERTIFICATE_ISSUED),
            new DemoCandidate("Lâm Thị Hồng Nhung", LocalDate.of(1994, 10, 8), "NU", "087194002276", "TERTIARY",
                    "Giáo viên Trường Trung học cơ sở An Hòa", "Ấp Tây Bình, thôn Tây, xã An Hòa", WEST, false, 250, 3, VERIFIED),
            new DemoCandidate("Nguyễn Thị Mỹ Linh", LocalDate.of(1995, 8, 8), "NU", "087195004862", "TERTIARY",
                    "Cán bộ Văn hóa - Xã hội xã An Hòa", "Ấp Tây Hòa, thôn Tây, xã An Hòa", WEST, false, 205, 3, APPRAISED),
            new DemoCandidate("Hồ Thị Thanh Tâm", LocalDate.of(1998, 1, 19), "NU", "087198002745", "TERTIARY",
                    "Điều dưỡng Trạm Y tế xã An Hòa", "Ấp Tây Bình, thôn Tây, xã An Hòa", WEST, false, 215, 3, ADMITTED),
            new DemoCandidate("Tạ Thị Hồng Vân", LocalDate.of(1993, 4, 11), "NU", "087193005508", "TERTIARY",
                    "Giáo viên Trường Mầm non An Hòa", "Ấp Tây Hòa, thôn Tây, xã An Hòa", WEST, false, 590, 3, PROBATION_ENDED),
            new DemoCandidate("Dương Văn Toàn", LocalDate.of(1986, 12, 24), "NAM", "087086008836", "LOWER_SECONDARY",
                    "Chủ cơ sở sửa chữa máy nông nghiệp", "Ấp Tây Bình, thôn Tây, xã An Hòa", WEST, false, 640, 3, REMOVED),
            // Phường Mỹ Trà, whose committee is authorised to admit: it appraises and decides itself.
            new DemoCandidate("Trịnh Gia Huy", LocalDate.of(2000, 3, 8), "NAM", "087200006142", "TERTIARY",
                    "Kỹ thuật viên Điện lực Mỹ Trà", "Khóm Mỹ Phú, phường Mỹ Trà", MY_PHU, true, 45, 1, MENTORING),
            new DemoCandidate("Lê Thị Ngọc Trâm", LocalDate.of(1996, 10, 21), "NU", "087196008253", "TERTIARY",
                    "Giáo viên Trường Tiểu học Mỹ Trà", "Khóm Mỹ Phú, phường Mỹ Trà", MY_PHU, false, 200, 3, GRASSROOTS_VOTED),
            new DemoCandidate("Phùng Văn Khánh", LocalDate.of(1991, 7, 16), "NAM", "087091007364", "TERTIARY",
                    "Cán bộ Ủy ban nhân dân phường Mỹ Trà", "Khóm Mỹ Thuận, phường Mỹ Trà", MY_THUAN, false, 205, 3, APPRAISED),
            new DemoCandidate("Nguyễn Hoàng Long", LocalDate.of(1989, 1, 27), "NAM", "087089005475", "UPPER_SECONDARY",
                    "Tổ trưởng tổ dân phố khóm Mỹ Thuận", "Khóm Mỹ Thuận, phường Mỹ Trà", MY_THUAN, false, 280, 3, DECISION_OVERDUE),
            new DemoCandidate("Võ Thị Thanh Thảo", LocalDate.of(1992, 5, 3), "NU", "087192004586", "TERTIARY",
                    "Dược sĩ Trạm Y tế phường Mỹ Trà", "Khóm Mỹ Phú, phường Mỹ Trà", MY_PHU, false, 650, 3, RECOGNISED));

    private DemoCandidates() {
    }
}
