package vn.mamxanh.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import vn.mamxanh.audit.journal.JournalEntry;
import vn.mamxanh.audit.journal.JournalHashing;

class JournalHashingTest {

    private static final Instant NOON = Instant.parse("2026-03-05T05:00:00Z");

    @Test
    void R16_details_hash_the_same_whatever_order_they_were_given_in() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("inFavour", 5);
        one.put("officialMembers", 6);
        Map<String, Object> other = new TreeMap<>(java.util.Comparator.reverseOrder());
        other.putAll(one);
        assertThat(JournalHashing.detailsJson(one)).isEqualTo(JournalHashing.detailsJson(other))
                .isEqualTo("{\"inFavour\":5,\"officialMembers\":6}");
    }

    @Test
    void R16_changing_any_part_of_an_entry_changes_its_hash() {
        JournalEntry entry = entry("bithu.dong", "{\"inFavour\":5}", JournalHashing.GENESIS_HASH);
        String hash = JournalHashing.hash(entry);
        assertThat(hash).hasSize(64).isEqualTo(JournalHashing.hash(entry("bithu.dong", "{\"inFavour\":5}", JournalHashing.GENESIS_HASH)));
        assertThat(JournalHashing.hash(entry("chiuy.dong", "{\"inFavour\":5}", JournalHashing.GENESIS_HASH))).isNotEqualTo(hash);
        assertThat(JournalHashing.hash(entry("bithu.dong", "{\"inFavour\":6}", JournalHashing.GENESIS_HASH))).isNotEqualTo(hash);
        assertThat(JournalHashing.hash(entry("bithu.dong", "{\"inFavour\":5}", "1".repeat(64)))).as("the link to the previous entry counts")
                .isNotEqualTo(hash);
    }

    @Test
    void R16_a_field_boundary_cannot_be_moved_to_forge_the_same_hash() {
        JournalEntry a = new JournalEntry(1, NOON, "HS-1", "cb", "ab", "c", "VOTE_RECORDED", null, null, null, "{}", null, null,
                JournalHashing.GENESIS_HASH, null);
        JournalEntry b = new JournalEntry(1, NOON, "HS-1", "cb", "a", "bc", "VOTE_RECORDED", null, null, null, "{}", null, null,
                JournalHashing.GENESIS_HASH, null);
        assertThat(JournalHashing.hash(a)).isNotEqualTo(JournalHashing.hash(b));
    }

    private static JournalEntry entry(String actor, String details, String prevHash) {
        return new JournalEntry(7, NOON, "HS-2026-000007", "cb-thon-dong", actor, "cb-thon-dong.secretary", "VOTE_RECORDED",
                null, "PASSED", null, details, null, null, prevHash, null);
    }
}
