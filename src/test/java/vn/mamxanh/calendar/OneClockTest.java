package vn.mamxanh.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * One clock and one zone: "now" comes from the engine's clock (so tests and the demo can move it) and
 * dates are read in the configured zone (web.VietnamTime), never in the server's zone or from the
 * system clock behind the engine's back.
 */
class OneClockTest {

    private static final Pattern SERVER_TIME = Pattern.compile(
            "ZoneId\\.systemDefault\\(\\)|TimeZone\\.getDefault\\(\\)|(LocalDate|LocalDateTime|LocalTime|ZonedDateTime|OffsetDateTime|Year|YearMonth|Instant)\\.now\\(\\)|new java\\.util\\.Date\\(\\)|new Date\\(\\)");

    @Test
    void R14_no_code_reads_the_server_zone_or_the_system_clock() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            offenders = files.filter(file -> file.toString().endsWith(".java"))
                    .flatMap(OneClockTest::offendingLines)
                    .toList();
        }
        assertThat(offenders).isEmpty();
    }

    private static Stream<String> offendingLines(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return java.util.stream.IntStream.range(0, lines.size())
                    .filter(i -> SERVER_TIME.matcher(lines.get(i)).find())
                    .mapToObj(i -> file + ":" + (i + 1) + ": " + lines.get(i).trim());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
