package org.igfreport.internal.template;

/**
 * When a conditional section is required: when another section's answer says so.
 *
 * @param section the section whose answer decides
 * @param answered what that answer must say; {@code discussed} means it says gender was discussed
 */
public record Condition(String section, String answered) {
}
