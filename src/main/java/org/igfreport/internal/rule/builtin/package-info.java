/**
 * The built-in rules, one small class per kind of check. Each reads its parameters from the
 * template's section kinds and constraints, and its messages from
 * {@code org/igfreport/internal/base/messages.properties}.
 */
package org.igfreport.internal.rule.builtin;
