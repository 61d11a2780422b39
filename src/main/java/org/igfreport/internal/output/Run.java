package org.igfreport.internal.output;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.igfreport.Severity;
import org.igfreport.RuleDescription;

/**
 * What a writer is told before the first report: which tool made the run, the folder that
 * relative report paths are relative to, the rule catalogue and the template sections (for
 * formats that list them), and the lowest severity that fails the run. Immutable.
 *
 * @param toolName the tool's name, {@code igf-report}
 * @param toolVersion the tool's version
 * @param informationUri where to read about the tool (SARIF), or {@code null}
 * @param base the folder relative report paths are relative to (the working folder)
 * @param rules the rule catalogue, in catalogue order
 * @param templateSections per template id, its section ids in template order
 * @param failOn the lowest severity that fails the run, or {@code null} for never
 */
public record Run(String toolName, String toolVersion, String informationUri, Path base, List<RuleDescription> rules,
                  Map<String, List<String>> templateSections, Severity failOn) {

    /** Checks the required parts and makes the collections immutable. */
    public Run {
        Objects.requireNonNull(toolName, "toolName");
        Objects.requireNonNull(toolVersion, "toolVersion");
        base = Objects.requireNonNull(base, "base").toAbsolutePath().normalize();
        rules = List.copyOf(rules);
        templateSections = Map.copyOf(templateSections);
    }

    /**
     * A run with no catalogue or templates, failing on errors: handy for tests and simple uses.
     *
     * @param version the tool's version
     * @param base the folder relative report paths are relative to
     * @return the run
     */
    public static Run of(String version, Path base) {
        return new Run("igf-report", version, null, base, List.of(), Map.of(), Severity.ERROR);
    }

    /**
     * @param finding a finding's severity
     * @return whether a finding of that severity fails the run
     */
    public boolean fails(Severity finding) {
        return failOn != null && finding.compareTo(failOn) >= 0;
    }
}
