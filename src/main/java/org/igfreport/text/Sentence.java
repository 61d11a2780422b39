package org.igfreport.text;
/** TEMPORARY STUB. */
public record Sentence(int start, int end) { public String text(CharSequence s) { return s.subSequence(start, end).toString(); } }
