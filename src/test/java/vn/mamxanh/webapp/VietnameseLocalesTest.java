package vn.mamxanh.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Our Vietnamese locale files against the English ones in the Camunda webapp jar: a Camunda
 * upgrade that adds or renames labels must show up here, not as English (or raw keys) on screen.
 */
class VietnameseLocalesTest {

    private static final String APPS = "META-INF/resources/webjars/camunda/app/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");
    /** Labels that read the same in both languages: symbols and technical names. */
    private static final Set<String> SAME_IN_BOTH = Set.of("SEARCH_LESS_THAN", "SEARCH_LESS_THAN_EQUALS",
            "SEARCH_GREATER_THAN", "SEARCH_GREATER_THAN_EQUALS", "NO_TASK_FORM", "ID", "JSON", "XML", "BPMN", "DMN",
            "CMMN",
            "PLGN_REP_CSV", "PLGN_REP_JSON", "PLGN_BTCH_SET_REMOVAL_TIME_ABSOLUTE_PLACEHOLDER");

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
    void every_english_label_has_a_vietnamese_translation(String app) {
        Map<String, String> english = labels(app, "en");
        Map<String, String> vietnamese = labels(app, "vi");

        assertThat(vietnamese.keySet()).containsAll(english.keySet());
        english.forEach((key, text) -> {
            if (!text.isBlank() && !SAME_IN_BOTH.contains(key) && text.matches(".*[a-zA-Z]{3,}.*")) {
                assertThat(vietnamese.get(key)).as("%s still in English", key).isNotEqualTo(text);
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
    void translations_keep_every_placeholder_and_name_only_existing_labels(String app) {
        Map<String, String> english = labels(app, "en");
        Map<String, String> vietnamese = labels(app, "vi");

        assertThat(english.keySet()).containsAll(vietnamese.keySet());
        vietnamese.forEach((key, text) ->
                assertThat(placeholders(text)).as("placeholders of %s", key).isEqualTo(placeholders(english.get(key))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
    void the_app_offers_vietnamese_and_loads_our_script(String app) {
        String config = read(APPS + app + "/scripts/config.js");

        assertThat(config).contains("availableLocales: ['vi', 'en']").contains("'../mamxanh/webapps'");
        assertThat(read(APPS + "mamxanh/webapps.js")).contains("preferredLanguage('vi')");
    }

    private static Map<String, String> labels(String app, String locale) {
        try {
            JsonNode labels = JSON.readTree(read(APPS + app + "/locales/" + locale + ".json")).get("labels");
            Map<String, String> result = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = labels.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> label = it.next();
                result.put(label.getKey(), label.getValue().asText());
            }
            return result;
        } catch (IOException e) {
            throw new AssertionError("Cannot read " + locale + ".json of " + app, e);
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new HashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text == null ? "" : text);
        while (matcher.find()) {
            found.add(matcher.group().replace(" ", ""));
        }
        return found;
    }

    private static String read(String resource) {
        try (InputStream in = VietnameseLocalesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            // The webjar's files start with a byte-order mark, which JSON parsers reject.
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        } catch (IOException e) {
            throw new AssertionError(resource, e);
        }
    }
}
