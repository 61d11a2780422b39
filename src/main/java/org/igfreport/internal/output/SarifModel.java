package org.igfreport.internal.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The typed model of the part of SARIF 2.1.0 that igf-report writes. Absent optional parts are
 * {@code null} and left out of the output.
 */
public final class SarifModel {

    private SarifModel() {
    }

    /**
     * A SARIF text message.
     *
     * @param text the plain text
     */
    public record Message(String text) {
    }

    /**
     * The tool: {@code runs[0].tool}.
     *
     * @param driver the tool component that ran
     */
    public record Tool(Driver driver) {
    }

    /**
     * {@code runs[0].tool.driver}.
     *
     * @param name the tool's name
     * @param version the tool's version
     * @param semanticVersion the version when it is a semantic version, else {@code null}
     * @param informationUri where to read about the tool, or {@code null}
     * @param rules the rule catalogue
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Driver(String name, String version, String semanticVersion, String informationUri,
                         List<Rule> rules) {
    }

    /**
     * A rule descriptor ({@code reportingDescriptor}).
     *
     * @param id the rule id
     * @param name the rule's name in UpperCamelCase
     * @param shortDescription what it finds, one line
     * @param fullDescription why it exists
     * @param helpUri the address of the rule's page ({@code docs/rules/RULE.md} at this version), or {@code null}
     * @param help what to do about its findings, in text and (the rule's page) in Markdown
     * @param defaultConfiguration its default level
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Rule(String id, String name, Message shortDescription, Message fullDescription, String helpUri,
                       Help help, Configuration defaultConfiguration) {
    }

    /**
     * A rule's help: SARIF's {@code multiformatMessageString}.
     *
     * @param text the plain text
     * @param markdown the same in Markdown (the rule's page), or {@code null}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Help(String text, String markdown) {
    }

    /**
     * A rule's default configuration.
     *
     * @param level {@code error}, {@code warning} or {@code note}
     */
    public record Configuration(String level) {
    }

    /**
     * An entry of {@code originalUriBaseIds}.
     *
     * @param uri an absolute {@code file:} URI ending in '/'
     */
    public record BaseUri(String uri) {
    }

    /**
     * One result.
     *
     * @param ruleId the rule id
     * @param ruleIndex its index in the driver's rules, or {@code null} when the catalogue lacks it
     * @param level {@code error}, {@code warning} or {@code note}
     * @param message the message
     * @param locations where it is (one location)
     * @param partialFingerprints stable hashes that identify the result across runs
     * @param properties the section, page and JSON Pointer where they apply, or {@code null}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(String ruleId, Integer ruleIndex, String level, Message message, List<Location> locations,
                         Map<String, String> partialFingerprints, Map<String, Object> properties) {
    }

    /**
     * A result's location.
     *
     * @param physicalLocation the file and region
     */
    public record Location(PhysicalLocation physicalLocation) {
    }

    /**
     * A file and a region in it.
     *
     * @param artifactLocation the file
     * @param region the region
     */
    public record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {
    }

    /**
     * A file, relative to a base URI id.
     *
     * @param uri the URI reference of the file
     * @param uriBaseId the base it is relative to, or {@code null} for an absolute URI
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ArtifactLocation(String uri, String uriBaseId) {
    }

    /**
     * A text region; {@code endColumn} is exclusive, as SARIF defines it.
     *
     * @param startLine first line (1-based)
     * @param startColumn first column (1-based)
     * @param endLine last line
     * @param endColumn the column after the last character
     */
    public record Region(int startLine, int startColumn, int endLine, int endColumn) {
    }
}
