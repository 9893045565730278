package vn.mamxanh.notification;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.Person;
import vn.mamxanh.organisation.Role;
import vn.mamxanh.organisation.Unit;

/** Who a task is for, as people with a mail address: its assignee, else everyone in its candidate groups. */
@Component
class Recipients {

    private final OrganisationRepository organisation;

    Recipients(OrganisationRepository organisation) {
        this.organisation = organisation;
    }

    Optional<Person> person(String personId) {
        return personId == null ? Optional.empty() : organisation.findPerson(personId);
    }

    /** The members of groups {@code <unit id>.<role code>}, each person once. */
    List<Person> membersOf(Collection<String> groupIds) {
        Map<String, Person> people = new LinkedHashMap<>();
        for (String groupId : groupIds) {
            int dot = groupId.lastIndexOf('.');
            if (dot <= 0) {
                continue;
            }
            Optional<Unit> unit = organisation.findUnit(groupId.substring(0, dot));
            if (unit.isEmpty()) {
                continue;
            }
            Arrays.stream(Role.values())
                    .filter(role -> role.isHeldIn(unit.get().kind()) && role.groupIdIn(unit.get().id()).equals(groupId))
                    .flatMap(role -> organisation.findRoleHolders(unit.get().id(), role).stream())
                    .forEach(holder -> organisation.findPerson(holder.personId())
                            .ifPresent(person -> people.putIfAbsent(person.id(), person)));
        }
        return List.copyOf(people.values());
    }
}
