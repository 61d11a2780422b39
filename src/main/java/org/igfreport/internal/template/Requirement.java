package org.igfreport.internal.template;

/** Whether a section must be there. */
public enum Requirement {
    /** The section must be present and filled. */
    REQUIRED,
    /** The section may be left out or left empty ("If there were presentations ..."). */
    OPTIONAL,
    /** The section is required when another section's answer asks for it. */
    CONDITIONAL
}
