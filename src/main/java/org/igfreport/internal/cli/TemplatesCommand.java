package org.igfreport.internal.cli;

import java.util.concurrent.Callable;
import org.igfreport.internal.template.Template;
import org.igfreport.internal.template.Templates;
import picocli.CommandLine.Command;

/** {@code igf-report templates}: the template ids with their years and titles, oldest first. */
@Command(name = "templates", mixinStandardHelpOptions = true, versionProvider = Version.class)
final class TemplatesCommand implements Callable<Integer> {

    private final CliContext ctx;

    TemplatesCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        java.io.PrintWriter out = ctx.text();
        var all = Templates.builtIn().all();
        int width = all.stream().mapToInt(t -> t.id().length()).max().orElse(0);
        for (Template t : all) {
            out.println(String.format(java.util.Locale.ROOT, "%-" + width + "s  %d  %s", t.id(), t.year(), t.title()));
        }
        out.flush();
        return Main.OK;
    }
}
