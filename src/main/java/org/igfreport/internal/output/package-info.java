/**
 * The "write" end of the pipeline: one {@link org.igfreport.internal.output.ReportWriter} per output
 * format (text, JSON, SARIF, JUnit XML, GitHub annotations, HTML), streamed report by report.
 * Writers see only results, never the engine.
 */
package org.igfreport.internal.output;
