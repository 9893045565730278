package vn.mamxanh.organisation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A small, lived-in province in today's two-level shape (DOMAIN.md §1), so a new user can log in as
 * every role: Tỉnh ủy Đồng Tháp with its bodies, directly above two grassroots committees. Đảng ủy
 * xã An Hòa is not authorised to admit, so its cases are appraised by the province's organisation
 * board and decided by the province's standing committee; Đảng ủy phường Mỹ Trà is authorised, so it
 * appraises (through its party-building board) and decides itself. Above the province sits the
 * Central Organisation Commission, the next level up that chases a late province decision.
 * Loaded once, on the first start against an empty database, and never again.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "mamxanh.demo.enabled", havingValue = "true")
public class DemoOrganisation implements ApplicationRunner {

    public static final String CENTRAL = "tw";
    public static final String CENTRAL_ORGANISATION_COMMISSION = "btc-trung-uong";
    public static final String PROVINCE = "tu-dong-thap";
    public static final String POLITICAL_CENTRE = "ttct-dong-thap";
    public static final String ORGANISATION_BOARD = "btc-dong-thap";
    public static final String STANDING_COMMITTEE = "btv-dong-thap";
    public static final String INSPECTION_COMMISSION = "ubkt-dong-thap";
    /** Đảng ủy xã An Hòa: not authorised to admit. */
    public static final String GRASSROOTS = "du-an-hoa";
    public static final String BRANCH_EAST = "cb-thon-dong";
    public static final String BRANCH_WEST = "cb-thon-tay";
    public static final String YOUTH_UNION = "doan-an-hoa";
    public static final String WOMENS_UNION = "hoi-phu-nu-an-hoa";
    /** Đảng ủy phường Mỹ Trà: authorised to admit (được ủy quyền kết nạp đảng viên). */
    public static final String AUTHORISED_GRASSROOTS = "du-my-tra";
    public static final String AUTHORISED_PARTY_BUILDING_BOARD = "bxd-my-tra";
    public static final String WARD_BRANCH_EAST = "cb-khom-my-phu";
    public static final String WARD_BRANCH_WEST = "cb-khom-my-thuan";
    public static final String WARD_YOUTH_UNION = "doan-my-tra";

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

    private final OrganisationRepository organisation;
    private final IdentitySync identity;
    private final String password;

    public DemoOrganisation(OrganisationRepository organisation, IdentitySync identity,
                            @Value("${mamxanh.demo.password}") String password) {
        this.organisation = organisation;
        this.identity = identity;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        identity.grantBaselineAccess();
        if (!organisation.isEmpty()) {
            return;
        }
        units().forEach(organisation::insert);
        // The central commission only oversees; the ward committee is authorised to admit.
        organisation.setFunctions(CENTRAL_ORGANISATION_COMMISSION, EnumSet.of(UnitFunction.OVERSIGHT));
        organisation.setFunctions(AUTHORISED_GRASSROOTS, EnumSet.of(UnitFunction.OVERSIGHT, UnitFunction.ADMISSION_DECISION));
        people().forEach(person -> {
            organisation.insert(person);
            identity.createUser(person, password);
        });
        roles().forEach(role -> {
            organisation.insert(role);
            identity.grantRole(role);
        });
        log.info("Demo organisation loaded: {} units, {} people. Log in with any demo user and password '{}'.",
                units().size(), people().size(), password);
    }

    static List<Unit> units() {
        return List.of(
                Unit.of(CENTRAL, UnitKind.CENTRAL, "Trung ương Đảng", null),
                Unit.of(CENTRAL_ORGANISATION_COMMISSION, UnitKind.ORGANISATION_BOARD, "Ban Tổ chức Trung ương", CENTRAL),
                Unit.of(PROVINCE, UnitKind.PROVINCE, "Tỉnh ủy Đồng Tháp", CENTRAL),
                Unit.of(POLITICAL_CENTRE, UnitKind.POLITICAL_CENTRE, "Trường Chính trị tỉnh Đồng Tháp", PROVINCE),
                Unit.of(ORGANISATION_BOARD, UnitKind.ORGANISATION_BOARD, "Ban Tổ chức Tỉnh ủy Đồng Tháp", PROVINCE),
                Unit.of(STANDING_COMMITTEE, UnitKind.STANDING_COMMITTEE, "Ban Thường vụ Tỉnh ủy Đồng Tháp", PROVINCE),
                Unit.of(INSPECTION_COMMISSION, UnitKind.INSPECTION_COMMISSION, "Ủy ban Kiểm tra Tỉnh ủy Đồng Tháp", PROVINCE),
                Unit.of(GRASSROOTS, UnitKind.GRASSROOTS, "Đảng ủy xã An Hòa", PROVINCE),
                Unit.of(BRANCH_EAST, UnitKind.BRANCH, "Chi bộ thôn Đông", GRASSROOTS),
                Unit.of(BRANCH_WEST, UnitKind.BRANCH, "Chi bộ thôn Tây", GRASSROOTS),
                new Unit(YOUTH_UNION, UnitKind.MASS_ORGANISATION, MassOrganisationType.YOUTH_UNION,
                        "Đoàn Thanh niên xã An Hòa", GRASSROOTS, false, null),
                new Unit(WOMENS_UNION, UnitKind.MASS_ORGANISATION, MassOrganisationType.WOMENS_UNION,
                        "Hội Liên hiệp Phụ nữ xã An Hòa", GRASSROOTS, false, null),
                Unit.of(AUTHORISED_GRASSROOTS, UnitKind.GRASSROOTS, "Đảng ủy phường Mỹ Trà", PROVINCE),
                Unit.of(AUTHORISED_PARTY_BUILDING_BOARD, UnitKind.ORGANISATION_BOARD, "Ban Xây dựng Đảng Đảng ủy phường Mỹ Trà",
                        AUTHORISED_GRASSROOTS),
                Unit.of(WARD_BRANCH_EAST, UnitKind.BRANCH, "Chi bộ khóm Mỹ Phú", AUTHORISED_GRASSROOTS),
                Unit.of(WARD_BRANCH_WEST, UnitKind.BRANCH, "Chi bộ khóm Mỹ Thuận", AUTHORISED_GRASSROOTS),
                new Unit(WARD_YOUTH_UNION, UnitKind.MASS_ORGANISATION, MassOrganisationType.YOUTH_UNION,
                        "Đoàn Thanh niên phường Mỹ Trà", AUTHORISED_GRASSROOTS, false, null));
    }

    static List<Person> people() {
        LocalDate longAgo = LocalDate.of(2005, 5, 19);
        return List.of(
                official("bithu.dong", "Nguyễn Văn An", BRANCH_EAST, longAgo),
                official("chiuy.dong", "Trần Thị Bình", BRANCH_EAST, LocalDate.of(2010, 2, 3)),
                official("dangvien.dong1", "Lê Văn Cường", BRANCH_EAST, LocalDate.of(2012, 9, 2)),
                official("dangvien.dong2", "Phạm Thị Dung", BRANCH_EAST, LocalDate.of(2015, 3, 26)),
                official("dangvien.dong3", "Hoàng Văn Em", BRANCH_EAST, LocalDate.of(2018, 1, 9)),
                official("dangvien.dong4", "Vũ Thị Giang", BRANCH_EAST, LocalDate.of(2019, 6, 12)),
                official("bithu.tay", "Đặng Văn Hùng", BRANCH_WEST, longAgo),
                official("chiuy.tay", "Bùi Thị Lan", BRANCH_WEST, LocalDate.of(2011, 4, 30)),
                official("dangvien.tay1", "Đỗ Văn Minh", BRANCH_WEST, LocalDate.of(2014, 8, 19)),
                official("dangvien.tay2", "Ngô Thị Nga", BRANCH_WEST, LocalDate.of(2016, 12, 22)),
                official("danguy.anhoa1", "Phan Văn Phúc", BRANCH_EAST, LocalDate.of(2001, 3, 3)),
                official("danguy.anhoa2", "Trịnh Thị Quyên", BRANCH_WEST, LocalDate.of(2003, 7, 27)),
                official("danguy.anhoa3", "Lý Văn Sơn", BRANCH_WEST, LocalDate.of(2004, 10, 10)),
                official("bithu.phu", "Trần Văn Tâm", WARD_BRANCH_EAST, LocalDate.of(2006, 4, 2)),
                official("chiuy.phu", "Lê Thị Hạnh", WARD_BRANCH_EAST, LocalDate.of(2012, 5, 19)),
                official("dangvien.phu1", "Nguyễn Văn Lộc", WARD_BRANCH_EAST, LocalDate.of(2013, 11, 7)),
                official("dangvien.phu2", "Võ Thị Mai", WARD_BRANCH_EAST, LocalDate.of(2017, 3, 3)),
                official("bithu.thuan", "Huỳnh Văn Nam", WARD_BRANCH_WEST, LocalDate.of(2007, 8, 30)),
                official("chiuy.thuan", "Phạm Thị Oanh", WARD_BRANCH_WEST, LocalDate.of(2014, 2, 14)),
                official("dangvien.thuan1", "Đinh Văn Phát", WARD_BRANCH_WEST, LocalDate.of(2015, 6, 1)),
                official("dangvien.thuan2", "Cao Thị Quế", WARD_BRANCH_WEST, LocalDate.of(2018, 9, 2)),
                official("danguy.mytra1", "Lâm Văn Rạng", WARD_BRANCH_EAST, LocalDate.of(2000, 12, 19)),
                official("danguy.mytra2", "Tăng Thị Sen", WARD_BRANCH_WEST, LocalDate.of(2002, 5, 19)),
                official("danguy.mytra3", "Quách Văn Thành", WARD_BRANCH_WEST, LocalDate.of(2003, 2, 3)),
                staff("bxd.mytra", "Lê Thị Uyên"),
                new Person("doan.mytra", "Trương Văn Vũ", null, null, Membership.NONE, null),
                staff("ttct.canbo", "Mai Thị Thu"),
                staff("btc.chuyenvien", "Cao Văn Tùng"),
                staff("btv.uyvien", "Hà Văn Vinh"),
                staff("ubkt.kiemtra", "Tô Thị Xuân"),
                new Person("doan.anhoa", "Lưu Văn Yên", null, null, Membership.NONE, null),
                staff("quantri", "Quản trị viên"),
                staff("tinhuy.uyvien", "Kiều Văn Bảo"),
                staff("btctw.chuyenvien", "Nguyễn Thị Hòa"));
    }

    static List<RoleAssignment> roles() {
        return List.of(
                new RoleAssignment("bithu.dong", BRANCH_EAST, Role.SECRETARY),
                new RoleAssignment("bithu.dong", BRANCH_EAST, Role.BRANCH_COMMITTEE),
                new RoleAssignment("chiuy.dong", BRANCH_EAST, Role.BRANCH_COMMITTEE),
                new RoleAssignment("bithu.tay", BRANCH_WEST, Role.SECRETARY),
                new RoleAssignment("bithu.tay", BRANCH_WEST, Role.BRANCH_COMMITTEE),
                new RoleAssignment("chiuy.tay", BRANCH_WEST, Role.BRANCH_COMMITTEE),
                new RoleAssignment("danguy.anhoa1", GRASSROOTS, Role.GRASSROOTS_COMMITTEE),
                new RoleAssignment("danguy.anhoa2", GRASSROOTS, Role.GRASSROOTS_COMMITTEE),
                new RoleAssignment("danguy.anhoa3", GRASSROOTS, Role.GRASSROOTS_COMMITTEE),
                new RoleAssignment("bithu.phu", WARD_BRANCH_EAST, Role.SECRETARY),
                new RoleAssignment("bithu.phu", WARD_BRANCH_EAST, Role.BRANCH_COMMITTEE),
                new RoleAssignment("chiuy.phu", WARD_BRANCH_EAST, Role.BRANCH_COMMITTEE),
                new RoleAssignment("bithu.thuan", WARD_BRANCH_WEST, Role.SECRETARY),
                new RoleAssignment("bithu.thuan", WARD_BRANCH_WEST, Role.BRANCH_COMMITTEE),
                new RoleAssignment("chiuy.thuan", WARD_BRANCH_WEST, Role.BRANCH_COMMITTEE),
                new RoleAssignment("danguy.mytra1", AUTHORISED_GRASSROOTS, Role.GRASSROOTS_COMMITTEE),
                new RoleAssignment("danguy.mytra2", AUTHORISED_GRASSROOTS, Role.GRASSROOTS_COMMITTEE),
                new RoleAssignment("danguy.mytra3", AUTHORISED_GRASSROOTS, Role.GRASSROOTS_COMMITTEE),
                new RoleAssignment("bxd.mytra", AUTHORISED_PARTY_BUILDING_BOARD, Role.ORGANISATION_BOARD_MEMBER),
                new RoleAssignment("doan.mytra", WARD_YOUTH_UNION, Role.MASS_ORGANISATION_REPRESENTATIVE),
                new RoleAssignment("ttct.canbo", POLITICAL_CENTRE, Role.POLITICAL_CENTRE_STAFF),
                new RoleAssignment("btc.chuyenvien", ORGANISATION_BOARD, Role.ORGANISATION_BOARD_MEMBER),
                new RoleAssignment("btv.uyvien", STANDING_COMMITTEE, Role.STANDING_COMMITTEE_MEMBER),
                new RoleAssignment("ubkt.kiemtra", INSPECTION_COMMISSION, Role.AUDITOR),
                new RoleAssignment("doan.anhoa", YOUTH_UNION, Role.MASS_ORGANISATION_REPRESENTATIVE),
                new RoleAssignment("quantri", PROVINCE, Role.ADMINISTRATOR),
                new RoleAssignment("tinhuy.uyvien", PROVINCE, Role.PROVINCE_COMMITTEE),
                new RoleAssignment("btctw.chuyenvien", CENTRAL_ORGANISATION_COMMISSION, Role.ORGANISATION_BOARD_MEMBER));
    }

    private static Person official(String id, String name, String branch, LocalDate since) {
        return new Person(id, name, id + "@dongthap.example.vn", branch, Membership.OFFICIAL, since);
    }

    private static Person staff(String id, String name) {
        return new Person(id, name, id + "@dongthap.example.vn", null, Membership.OFFICIAL, LocalDate.of(2000, 1, 1));
    }
}
