/**
 * The command-line front end: {@link org.igfreport.internal.cli.Main#run} maps a command line to the
 * facade and a writer, and returns the exit status (0, 1 or 2). One class per subcommand.
 */
package org.igfreport.internal.cli;
