package org.igfreport.internal.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.igfreport.Finding;
import org.igfreport.Location;
import org.igfreport.Severity;
import org.junit.jupiter.api.Test;

/** A finding's fingerprint: its rule, section, normalised text and place among like findings; never its line. */
class FingerprintsTest {

    private static Finding speaker(int line, String name) {
        return new Finding("speaker-affiliation", Severity.WARNING, "speakers", "The speaker \"" + name + "\" ...",
                Location.of(line, 1, 10), name, null, "speaker-affiliation", List.of(name));
    }

    @Test
    void movedFindingsKeepTheirFingerprintAndOthersDiffer() {
        List<String> before = Fingerprints.of(List.of(speaker(3, "Peter Smith"), speaker(5, "John Roe")));
        List<String> after = Fingerprints.of(List.of(speaker(9, "Rosa Ortiz"), speaker(12, "Peter  SMITH"),
                speaker(15, "John Roe...")));
        assertThat(after.subList(1, 3)).as("moved, case, spacing and the excerpt's ellipsis").isEqualTo(before);
        assertThat(after.get(0)).isNotIn(before).hasSize(32).matches("[0-9a-f]+");
        Finding other = new Finding("speaker-affiliation", Severity.WARNING, "moderator", "...", Location.of(3, 1, 1),
                "Peter Smith", null, "speaker-affiliation", List.of());
        assertThat(Fingerprints.of(List.of(other)).get(0)).as("another section").isNotEqualTo(before.get(0));
    }

    @Test
    void likeFindingsAreToldApartByTheirPlaceAndAPathMakesThemUniqueInARun() {
        List<String> twice = Fingerprints.of(List.of(speaker(3, "Peter Smith"), speaker(5, "Peter Smith")));
        assertThat(twice.get(0)).isNotEqualTo(twice.get(1));
        assertThat(Fingerprints.withPath("a.docx", twice.get(0))).isNotEqualTo(Fingerprints.withPath("b.docx", twice.get(0)))
                .hasSize(32);
    }
}
