package org.igfreport.internal.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The per-template caches (label indexes, generated report schemas) do not keep a template alive:
 * a host that loads templates again and again holds only those it still uses.
 */
class TemplateCachesTest {

    private static final Path FILE = Path.of("schemas/templates/igf-2016-workshop.yaml");

    /** Collects garbage until the reference is cleared (at most 50 rounds); false if it never was. */
    private static boolean collected(WeakReference<?> ref) throws InterruptedException {
        for (int i = 0; i < 50 && ref.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        return ref.get() == null;
    }

    @Test
    void theSameTemplateObjectGetsTheSameIndexAndSchema() {
        Template t = TemplateLoader.load(FILE);
        assertThat(LabelIndex.of(t)).isSameAs(LabelIndex.of(t));
        assertThat(ReportSchemaCheck.schema(t)).isSameAs(ReportSchemaCheck.schema(t));
        Template equal = TemplateLoader.load(FILE);
        assertThat(equal).isEqualTo(t).isNotSameAs(t);
        assertThat(LabelIndex.of(equal)).isNotSameAs(LabelIndex.of(t));
    }

    @Test
    void droppedTemplatesLeaveTheCaches() throws InterruptedException {
        int indexesBefore = LabelIndex.cached();
        int schemasBefore = ReportSchemaCheck.cached();
        WeakReference<Template> last = null;
        for (int i = 0; i < 5; i++) {
            Template t = TemplateLoader.load(FILE);
            LabelIndex.of(t);
            ReportSchemaCheck.schema(t);
            last = new WeakReference<>(t);
        }
        assertThat(LabelIndex.cached()).isGreaterThanOrEqualTo(indexesBefore + 1);
        assertThat(collected(last)).as("the cached values do not hold their template").isTrue();
        for (int i = 0; i < 50 && (LabelIndex.cached() > indexesBefore || ReportSchemaCheck.cached() > schemasBefore);
                i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertThat(LabelIndex.cached()).isLessThanOrEqualTo(indexesBefore);
        assertThat(ReportSchemaCheck.cached()).isLessThanOrEqualTo(schemasBefore);
    }
}
