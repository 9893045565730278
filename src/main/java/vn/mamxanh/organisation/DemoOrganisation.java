package vn.mamxanh.organisation;

import java.time.LocalDate;
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
 * A small, lived-in district so a new user can log in as every role: loaded once, on the first
 * start against an empty database, and never again (restarts keep what people changed).
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "mamxanh.demo.enabled", havingValue = "true")
public class DemoOrganisation implements ApplicationRunner {

    public static final String PROVINCE = "tu-dong-thap";
    public static final String DISTRICT = "hu-thanh-binh";
    public static final String POLITICAL_CENTRE = "ttct-thanh-binh";
    public static final String ORGANISATION_BOARD = "btc-thanh-binh";
    public static final String STANDING_COMMITTEE = "btv-thanh-binh";
    public static final String INSPECTION_COMMISSION = "ubkt-thanh-binh";
    public static final String GRASSROOTS = "du-an-hoa";
    public static final String BRANCH_EAST = "cb-thon-dong";
    public static final String BRANCH_WEST = "cb-thon-tay";
    public static final String YOUTH_UNION = "doan-an-hoa";
    public static final String WOMENS_UNION = "hoi-phu-nu-an-hoa";

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
                Unit.of(PROVINCE, UnitKind.PROVINCE, "Tỉnh ủy Đồng Tháp", null),
                Unit.of(DISTRICT, UnitKind.DISTRICT, "Huyện ủy Thanh Bình", PROVINCE),
                Unit.of(POLITICAL_CENTRE, UnitKind.POLITICAL_CENTRE, "Trung tâm Chính trị huyện Thanh Bình", DISTRICT),
                Unit.of(ORGANISATION_BOARD, UnitKind.ORGANISATION_BOARD, "Ban Tổ chức Huyện ủy Thanh Bình", DISTRICT),
                Unit.of(STANDING_COMMITTEE, UnitKind.STANDING_COMMITTEE, "Ban Thường vụ Huyện ủy Thanh Bình", DISTRICT),
                Unit.of(INSPECTION_COMMISSION, UnitKind.INSPECTION_COMMISSION, "Ủy ban Kiểm tra Huyện ủy Thanh Bình", DISTRICT),
                Unit.of(GRASSROOTS, UnitKind.GRASSROOTS, "Đảng ủy xã An Hòa", DISTRICT),
                Unit.of(BRANCH_EAST, UnitKind.BRANCH, "Chi bộ thôn Đông", GRASSROOTS),
                Unit.of(BRANCH_WEST, UnitKind.BRANCH, "Chi bộ thôn Tây", GRASSROOTS),
                new Unit(YOUTH_UNION, UnitKind.MASS_ORGANISATION, MassOrganisationType.YOUTH_UNION,
                        "Đoàn Thanh niên xã An Hòa", GRASSROOTS, false, null),
                new Unit(WOMENS_UNION, UnitKind.MASS_ORGANISATION, MassOrganisationType.WOMENS_UNION,
                        "Hội Liên hiệp Phụ nữ xã An Hòa", GRASSROOTS, false, null));
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
                staff("ttct.canbo", "Mai Thị Thu"),
                staff("btc.chuyenvien", "Cao Văn Tùng"),
                staff("btv.uyvien", "Hà Văn Vinh"),
                staff("ubkt.kiemtra", "Tô Thị Xuân"),
                new Person("doan.anhoa", "Lưu Văn Yên", null, null, Membership.NONE, null),
                staff("quantri", "Quản trị viên"),
                staff("tinhuy.uyvien", "Kiều Văn Bảo"));
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
                new RoleAssignment("ttct.canbo", POLITICAL_CENTRE, Role.POLITICAL_CENTRE_STAFF),
                new RoleAssignment("btc.chuyenvien", ORGANISATION_BOARD, Role.ORGANISATION_BOARD_MEMBER),
                new RoleAssignment("btv.uyvien", STANDING_COMMITTEE, Role.STANDING_COMMITTEE_MEMBER),
                new RoleAssignment("ubkt.kiemtra", INSPECTION_COMMISSION, Role.AUDITOR),
                new RoleAssignment("doan.anhoa", YOUTH_UNION, Role.MASS_ORGANISATION_REPRESENTATIVE),
                new RoleAssignment("quantri", DISTRICT, Role.ADMINISTRATOR),
                new RoleAssignment("tinhuy.uyvien", PROVINCE, Role.PROVINCE_COMMITTEE));
    }

    private static Person official(String id, String name, String branch, LocalDate since) {
        return new Person(id, name, id + "@thanhbinh.example.vn", branch, Membership.OFFICIAL, since);
    }

    private static Person staff(String id, String name) {
        return new Person(id, name, id + "@thanhbinh.example.vn", null, Membership.OFFICIAL, LocalDate.of(2000, 1, 1));
    }
}
