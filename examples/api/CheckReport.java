import java.nio.file.Path;
import org.igfreport.Finding;
import org.igfreport.ReportResult;
import org.igfreport.ReportValidator;
import org.igfreport.Severity;

/**
 * The README's API example: check reports with a shared validator and print the findings.
 * Run: java -cp target/igf-report.jar examples/api/CheckReport.java seeds/002_ea2340172add3216.txt
 */
public class CheckReport {
    public static void main(String[] args) {
        ReportValidator validator = ReportValidator.builder()
                .template("auto")                               // or "igf-2017-workshop", or a template file
                .severity("paragraph-count", Severity.INFO)     // per-rule severity
                .build();                                       // immutable and thread-safe: build once, share
        for (String arg : args) {
            ReportResult result = validator.validate(Path.of(arg));
            System.out.println(result.path() + " (" + result.template() + ")");
            for (Finding f : result.findings()) {
                System.out.println("  " + f.location().line() + ": " + f.severity().id() + " [" + f.rule() + "] "
                        + f.message());
            }
        }
    }
}
