package vn.mamxanh.audit.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.mamxanh.audit.AuditSettings;
import vn.mamxanh.audit.journal.Attribution;
import vn.mamxanh.audit.journal.JournalEntry;
import vn.mamxanh.audit.journal.JournalRepository;
import vn.mamxanh.audit.journal.JournalSearch;
import vn.mamxanh.candidate.CandidateCase;
import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.organisation.IdentitySync;
import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.Person;
import vn.mamxanh.organisation.Role;
import vn.mamxanh.organisation.Unit;
import vn.mamxanh.web.NotFoundException;

/** Reads a case's history or a search result within an auditor's scope, with names and labels. */
@Component
public class AuditReader {

    private static final DateTimeFormatter TIME_PATTERN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    /** A journal time as auditors read it: in Vietnam, whatever the server's zone. */
    static String time(Instant instant) {
        return instant == null ? null : TIME_PATTERN.withZone(vn.mamxanh.web.VietnamTime.zone()).format(instant);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JournalRepository journal;
    private final CaseRepository cases;
    private final OrganisationRepository organisation;
    private final AuditSettings settings;
    private final ReadableDetails readable;

    public AuditReader(JournalRepository journal, CaseRepository cases, OrganisationRepository organisation,
                       AuditSettings settings, ReadableDetails readable) {
        this.readable = readable;
        this.journal = journal;
        this.cases = cases;
        this.organisation = organisation;
        this.settings = settings;
    }

    public record CaseHistory(String caseId, String candidateName, String unitName, String status, List<HistoryLine> lines) {
    }

    /** A case's whole history; a case outside the auditor's scope is answered as not found. */
    public CaseHistory caseHistory(String caseId, AuditorScope.Scope scope) {
        List<JournalEntry> entries = journal.ofCase(caseId);
        CandidateCase candidate = cases.find(caseId).orElse(null);
        String unit = candidate != null ? candidate.branchId()
                : entries.isEmpty() ? null : entries.get(entries.size() - 1).unitId();
        if (!scope.covers(unit)) {
            throw new NotFoundException("Không tìm thấy hồ sơ " + caseId + " trong phạm vi kiểm tra của bạn.");
        }
        Labels labels = new Labels();
        return new CaseHistory(caseId, candidate == null ? null : candidate.fullName(), labels.unit(unit),
                candidate == null ? null : candidate.status().label(), lines(entries, labels));
    }

    public List<HistoryLine> search(JournalSearch search) {
        return lines(journal.search(search, settings.searchLimit()), new Labels());
    }

    /** One page of a search result, with how many entries the search finds in all. */
    public record Page(List<HistoryLine> lines, long total, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public long first() {
            return total == 0 ? 0 : (long) (page - 1) * size + 1;
        }

        public long last() {
            return Math.min(total, (long) page * size);
        }
    }

    public Page searchPage(JournalSearch search, int page, int size) {
        long total = journal.count(search);
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int shown = Math.min(Math.max(1, page), pages);
        return new Page(lines(journal.search(search, (long) (shown - 1) * size, size), new Labels()), total, shown, size);
    }

    /** The login name of the person an auditor typed: a login as is, else the one person of that full name. */
    public String personLogin(String typed) {
        if (typed == null || typed.isBlank() || organisation.findPerson(typed.trim()).isPresent()) {
            return typed;
        }
        String wanted = Outcomes.plain(typed);
        List<Person> named = organisation.findAllPeople().stream()
                .filter(person -> Outcomes.plain(person.fullName()).equals(wanted)).toList();
        return named.size() == 1 ? named.get(0).id() : typed;
    }

    /** Everyone an auditor may name in a search, by name. */
    public List<Person> people() {
        return organisation.findAllPeople().stream()
                .sorted(java.util.Comparator.comparing(Person::fullName)).toList();
    }

    public int searchLimit() {
        return settings.searchLimit();
    }

    public List<Unit> units(AuditorScope.Scope scope) {
        return organisation.findAllUnits().stream().filter(unit -> scope.covers(unit.id())).toList();
    }

    private List<HistoryLine> lines(List<JournalEntry> entries, Labels labels) {
        return entries.stream().map(e -> new HistoryLine(e.seq(), time(e.recordedAt()), e.recordedAt().toString(),
                e.caseId(), e.actor(), labels.person(e.actor()), e.actorRole(), labels.roles(e.actorRole()), e.unitId(),
                labels.unit(e.unitId()), e.action(), e.actionLabel(), e.step(), e.outcome(), time(e.deadline()),
                e.afterDeadline(), readable(e.details()), e.hash(), Outcomes.words(e.outcome()),
                readable.of(e.details(), labels::person, labels::unit, labels::group))).toList();
    }

    /** The entry's data as "key: value; ..." — the stored JSON is the evidence, this is for reading. */
    static String readable(String detailsJson) {
        try {
            Map<String, Object> details = JSON.readValue(detailsJson, new TypeReference<>() {
            });
            return details.entrySet().stream()
                    .map(entry -> entry.getKey() + ": " + readableValue(entry.getValue()))
                    .collect(Collectors.joining("; "));
        } catch (Exception unreadable) {
            return detailsJson;
        }
    }

    private static String readableValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return String.valueOf(value);
    }

    /** Names looked up once per answer. */
    private final class Labels {
        private final Map<String, String> people = new HashMap<>();
        private final Map<String, String> groups = new HashMap<>();
        private final Map<String, String> units = new HashMap<>();

        String person(String id) {
            if (Attribution.SYSTEM.equals(id)) {
                return "Hệ thống";
            }
            return people.computeIfAbsent(id, key -> organisation.findPerson(key).map(Person::fullName).orElse(key));
        }

        String roles(String roleIds) {
            if (roleIds == null || roleIds.isBlank()) {
                return "";
            }
            return Arrays.stream(roleIds.split(",\\s*")).map(this::group).collect(Collectors.joining("; "));
        }

        /** "cb-thon-dong.secretary" → "Bí thư - Chi bộ thôn Đông", the name the group has in Camunda. */
        String group(String id) {
            return groups.computeIfAbsent(id, key -> {
                int dot = key.lastIndexOf('.');
                if (dot < 0) {
                    return key;
                }
                return organisation.findUnit(key.substring(0, dot))
                        .flatMap(unit -> Arrays.stream(Role.values())
                                .filter(role -> role.groupIdIn(unit.id()).equals(key) && role.isHeldIn(unit.kind()))
                                .findFirst()
                                .map(role -> IdentitySync.groupName(role, unit)))
                        .orElse(key);
            });
        }

        String unit(String id) {
            if (id == null) {
                return "";
            }
            return units.computeIfAbsent(id, key -> organisation.findUnit(key).map(Unit::name).orElse(key));
        }
    }
}
