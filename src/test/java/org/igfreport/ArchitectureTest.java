package org.igfreport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.junit.jupiter.api.Test;

/**
 * The architecture that keeps one validator safe to share between threads, as rules over the
 * compiled classes: the layering of the pipeline, no mutable state outside the front ends, and
 * records made of immutable parts.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.igfreport");

    /** The front ends (command line, Maven goal, web server) and the batch runner (and the generated help goal): they hold per-run state by design. */
    private static final String[] SHELLS = {"org.igfreport.internal.batch..", "org.igfreport.internal.cli..", "org.igfreport.internal.maven..",
        "org.igfreport.internal.serve..",
        "org.igfreport.igf_report.."};

    /**
     * Objects made for one call and never shared (a parser's frame, a document walker, a PDF text
     * collector, the work budget of one read, a line or label scanner, a builder, a writer of one output stream): their fields
     * may change while that call runs. A new class here needs the same reason.
     */
    private static final Set<String> PER_CALL = Set.of(
            "org.igfreport.ReportValidator$Builder",
            "org.igfreport.internal.engine.Engine$Builder",
            "org.igfreport.internal.read.StructuredReader$Frame",
            "org.igfreport.internal.read.DocxReader$Walker",
            "org.igfreport.internal.read.PdfReader$Collector",
            "org.igfreport.internal.read.ReadBudget",
            "org.igfreport.internal.read.PdfBudget",
            "org.igfreport.internal.read.MarkdownReader$Blocks",
            "org.igfreport.internal.read.PdfLayout$Out",
            "org.igfreport.internal.read.PdfLayout$VLine",
            "org.igfreport.internal.read.PdfRulings",
            "org.igfreport.internal.read.PdfTable$Band",
            "org.igfreport.internal.template.LabelIndex$Stream",
            // the labels already aligned at the rows of one document, kept by its row view for one detection
            "org.igfreport.internal.template.LabelIndex$Memo",
            "org.igfreport.internal.document.Suppressions",
            "org.igfreport.internal.document.StructuredSource$Builder",
            "org.igfreport.internal.text.SentenceScanner",
            // one text's words, cut as far as asked for: made per text, kept by one document's row view
            "org.igfreport.internal.text.Tokens",
            // the function words counted in one report's text, given in pieces
            "org.igfreport.internal.text.Language$Detection",
            "org.igfreport.internal.output.HtmlWriter",
            "org.igfreport.internal.output.JunitWriter",
            "org.igfreport.internal.output.SarifWriter",
            "org.igfreport.internal.output.CodeQualityWriter",
            // a pretty printer's nesting depth: one per JSON generator, as Jackson's own
            "org.igfreport.internal.output.JsonWriter$Indented");

    /**
     * Record components of a mutable type, each never changed after the record is made: the
     * parsed YAML/JSON tree of one document and its line starts (built by the reader, read in the
     * same call), and a label's words and their vocabulary numbers (arrays filled when the template's
     * index is built, read only after).
     */
    private static final Set<String> NEVER_CHANGED = Set.of(
            "org.igfreport.internal.read.StructuredReader$Parsed.root",
            "org.igfreport.internal.read.StructuredReader$Parsed.lineStarts",
            "org.igfreport.internal.read.DocxReader$Prepared.content",
            "org.igfreport.internal.template.LabelIndex$Label.words",
            "org.igfreport.internal.template.LabelIndex$Label.ids");

    /** Types a record component may have: immutable values (collections are copied by the record). */
    private static final Set<String> IMMUTABLE = Set.of(
            "java.lang.String", "java.lang.Integer", "java.lang.Long", "java.lang.Double", "java.lang.Boolean",
            "java.lang.Float", "java.nio.file.Path", Duration.class.getName(), "java.util.regex.Pattern",
            "java.util.Optional", "int", "long", "double", "float", "boolean", "char", "byte", "short",
            List.class.getName(), Map.class.getName(), Set.class.getName());

    /** The packages of the core, below the public facade: they never see the public package. */
    private static final String[] CORE = {"org.igfreport.internal.base..", "org.igfreport.internal.document..",
        "org.igfreport.internal.read..", "org.igfreport.internal.template..", "org.igfreport.internal.text..",
        "org.igfreport.internal.rule..", "org.igfreport.internal.extract..", "org.igfreport.internal.engine.."};

    /** Every package of the tool is a slice, the public root package included. */
    private static final SliceAssignment EVERY_PACKAGE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            return c.getPackageName().startsWith("org.igfreport") ? SliceIdentifier.of(c.getPackageName())
                    : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "every package of org.igfreport, the root included";
        }
    };

    @Test
    void noPackageCycles() {
        slices().assignedFrom(EVERY_PACKAGE).should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theCoreNeverDependsOnThePublicPackage() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAPackage("org.igfreport")
                .check(CLASSES);
    }

    @Test
    void coreNeverImportsTheFrontEndsOrTheWriters() {
        noClasses().that().resideInAnyPackage("org.igfreport", "org.igfreport.internal.base..",
                        "org.igfreport.internal.document..", "org.igfreport.internal.read..",
                        "org.igfreport.internal.template..", "org.igfreport.internal.text..", "org.igfreport.internal.rule..",
                        "org.igfreport.internal.extract..", "org.igfreport.internal.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.igfreport.internal.cli..", "org.igfreport.internal.maven..",
                        "org.igfreport.internal.output..", "org.igfreport.internal.batch..")
                .check(CLASSES);
    }

    @Test
    void theDocumentKnowsNothingOfReadersTemplatesOrRules() {
        noClasses().that().resideInAPackage("org.igfreport.internal.document..")
                .should().dependOnClassesThat().resideInAnyPackage("org.igfreport.internal.read..", "org.igfreport.internal.template..",
                        "org.igfreport.internal.rule..")
                .check(CLASSES);
    }

    @Test
    void noSharedMutableState() {
        fields().that().areDeclaredInClassesThat().resideOutsideOfPackages(SHELLS)
                .and().areDeclaredInClassesThat(DescribedPredicate.not(perCall()))
                .and(DescribedPredicate.describe("not compiler-made", (JavaField f) -> !f.getModifiers()
                        .contains(JavaModifier.SYNTHETIC) && !f.getName().startsWith("$")))
                .should(beFinalOrASafeCache())
                .check(CLASSES);
    }

    @Test
    void recordsAreMadeOfImmutableParts() {
        fields().that().areDeclaredInClassesThat().areRecords()
                .and().areNotStatic()
                .and().areDeclaredInClassesThat().resideOutsideOfPackages(SHELLS)
                .should(haveAnImmutableType())
                .check(CLASSES);
    }

    private static DescribedPredicate<JavaClass> perCall() {
        return DescribedPredicate.describe("made for one call", c -> PER_CALL.contains(c.getName())
                || c.getEnclosingClass().map(e -> PER_CALL.contains(e.getName())).orElse(false));
    }

    private static ArchCondition<JavaField> beFinalOrASafeCache() {
        return new ArchCondition<>("be final, or a volatile or ConcurrentHashMap cache") {
            @Override
            public void check(JavaField f, ConditionEvents events) {
                Set<JavaModifier> m = f.getModifiers();
                boolean concurrent = f.getRawType().isAssignableTo(ConcurrentMap.class)
                        || f.getRawType().isEquivalentTo(ConcurrentHashMap.class);
                boolean ok = m.contains(JavaModifier.FINAL) || m.contains(JavaModifier.VOLATILE) || concurrent;
                if (!ok) {
                    events.add(SimpleConditionEvent.violated(f, f.getFullName() + " is neither final, nor volatile,"
                            + " nor a ConcurrentHashMap"));
                }
            }
        };
    }

    private static ArchCondition<JavaField> haveAnImmutableType() {
        return new ArchCondition<>("have an immutable type") {
            @Override
            public void check(JavaField f, ConditionEvents events) {
                JavaClass t = f.getRawType();
                boolean ok = IMMUTABLE.contains(t.getName()) || t.isEnum() || t.isRecord()
                        || NEVER_CHANGED.contains(f.getFullName())
                        || (t.getPackageName().startsWith("org.igfreport") && (t.getModifiers().contains(JavaModifier.FINAL)
                        || t.isInterface()) && !t.getPackageName().startsWith("org.igfreport.internal.batch"));
                if (!ok) {
                    events.add(SimpleConditionEvent.violated(f, f.getFullName() + " has the type " + t.getName()
                            + ", which may change after the record is made"));
                }
            }
        };
    }
}
